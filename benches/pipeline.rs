//! Throughput of the whole pipeline and of each stage the public API
//! exposes, on news article text.
//!
//! The articles are `tests/fixtures/*.txt` and the news articles composed
//! for the benches in `benches/articles/`. Every
//! iteration runs over all of them once, so criterion reports MB/s (group
//! `pipeline`) and articles/s (group `pipeline_articles`).
//!
//! ```text
//! cargo bench --bench pipeline
//! cargo bench --bench pipeline -- --quick      # a rough figure, fast
//! ```

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;
use whosaid::Extractor;

mod common;
use common::articles;

fn configure() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

fn stages(c: &mut Criterion) {
    let texts = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    let full = Extractor::new();
    let no_sentences = Extractor::builder().sentences(false).build();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("paragraphs", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(whosaid::paragraphs(black_box(t)));
            }
        })
    });
    g.bench_function("sentences", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(whosaid::sentences(black_box(t)));
            }
        })
    });
    g.bench_function("quotations", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(whosaid::quotations(black_box(t)));
            }
        })
    });
    // Everything but sentences: paragraphs, quotations, cues, speakers and
    // resolution. The difference to `quotations` is the attribution stages.
    g.bench_function("extract_without_sentences", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(no_sentences.extract(black_box(t)));
            }
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(full.extract(black_box(t)));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("pipeline_articles");
    g.throughput(Throughput::Elements(texts.len() as u64));
    g.bench_function("extract", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(full.extract(black_box(t)));
            }
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = configure();
    targets = stages
}
criterion_main!(benches);
