//! Throughput of the whole pipeline and of each of its stages, on news
//! article text.
//!
//! The articles are `tests/fixtures/*.txt` and the news articles composed
//! for the benches in `benches/articles/`. Every
//! iteration runs over all of them once, so criterion reports MB/s (group
//! `pipeline`) and articles/s (group `pipeline_articles`).
//!
//! Group `pipeline` times the public functions (`paragraphs`,
//! `sentences`, `quotations`, `extract_without_sentences`, `extract`) and
//! each stage of `extract` alone, through the hidden `whosaid::stages`
//! hook, from the results of the stages before it computed once outside
//! the timed loop: `stage_segmentation` (paragraphs and sentences),
//! `stage_quote_pairing`, `stage_cues_and_speakers` (tokens, cues, the
//! register of names) and `stage_resolution` (speech events and
//! attribution). The four add up to `extract`, so the slowest stage shows.
//!
//! ```text
//! cargo bench --bench pipeline
//! cargo bench --bench pipeline -- --quick      # a rough figure, fast
//! cargo bench --bench pipeline -- stage_       # the stages only
//! ```

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;
use whosaid::{stages, Extractor};

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

    // Each stage alone, from the results of the stages before it.
    let segmented: Vec<_> = texts.iter().map(|t| stages::segment(t, true)).collect();
    let paired: Vec<_> = texts
        .iter()
        .zip(&segmented)
        .map(|(t, s)| stages::pair(t, s))
        .collect();
    let matched: Vec<_> = texts
        .iter()
        .zip(segmented.iter().zip(&paired))
        .map(|(t, (s, p))| stages::match_cues_and_speakers(t, s, p))
        .collect();
    let options = full.options().clone();
    g.bench_function("stage_segmentation", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(stages::segment(black_box(t), true));
            }
        })
    });
    g.bench_function("stage_quote_pairing", |b| {
        b.iter(|| {
            for (t, s) in texts.iter().zip(&segmented) {
                black_box(stages::pair(black_box(t), s));
            }
        })
    });
    g.bench_function("stage_cues_and_speakers", |b| {
        b.iter(|| {
            for (t, (s, p)) in texts.iter().zip(segmented.iter().zip(&paired)) {
                black_box(stages::match_cues_and_speakers(black_box(t), s, p));
            }
        })
    });
    g.bench_function("stage_resolution", |b| {
        b.iter(|| {
            for (t, (p, m)) in texts.iter().zip(paired.iter().zip(&matched)) {
                black_box(stages::resolve(black_box(t), p, m, &options));
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
