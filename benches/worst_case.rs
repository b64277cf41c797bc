//! Worst cases: 5 MB each of text built to defeat a pipeline that is not
//! linear (the last one read with nested quotes on), next to 5 MB of
//! ordinary news articles. Every case must run
//! within 3× the time per byte of the articles: compare each case's MB/s
//! with `worst_case/news_articles`.
//!
//! ```text
//! cargo bench --bench worst_case -- --quick
//! ```

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;
use whosaid::Extractor;

mod common;
use common::articles;

const SIZE: usize = 5 << 20;

/// A small deterministic generator (no dependency, same text every run).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// Appends pieces chosen by `next` until the text holds `SIZE` bytes.
fn fill(mut next: impl FnMut(&mut String)) -> String {
    let mut s = String::with_capacity(SIZE + 1024);
    while s.len() < SIZE {
        next(&mut s);
    }
    s
}

/// Every kind of quote mark, mixed at random, with spaces between some.
fn quote_marks() -> String {
    const MARKS: &[&str] = &[
        "“", "”", "‘", "’", "\"", "'", "«", "»", "‹", "›", "„", "‚", "‟", "‛", "「", "」", "『",
        "』", "``", "''", " ",
    ];
    let mut rng = Lcg(1);
    fill(|s| s.push_str(MARKS[rng.below(MARKS.len())]))
}

/// Straight and curly apostrophes, with spaces between some.
fn apostrophes() -> String {
    const MARKS: &[&str] = &["'", "’", "'", "’", " "];
    let mut rng = Lcg(2);
    fill(|s| s.push_str(MARKS[rng.below(MARKS.len())]))
}

/// The articles with every line break made a space: one paragraph.
fn one_paragraph(articles: &[String]) -> String {
    let flat: Vec<String> = articles
        .iter()
        .map(|a| a.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let mut i = 0;
    fill(|s| {
        s.push_str(&flat[i % flat.len()]);
        s.push(' ');
        i += 1;
    })
}

/// One paragraph with a thousand opening marks that are never closed,
/// after a colon as speech would be, with plain words between them.
fn unclosed_quotes(articles: &[String]) -> String {
    let plain: String = articles
        .join(" ")
        .chars()
        .filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '"' | '\''))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let words: Vec<&str> = plain.split(' ').filter(|w| !w.is_empty()).collect();
    let chunk = SIZE / 1000;
    let mut i = 0;
    fill(|s| {
        s.push_str("she said: “");
        let end = s.len() + chunk;
        while s.len() < end {
            s.push_str(words[i % words.len()]);
            s.push(' ');
            i += 1;
        }
    })
}

/// "Mr." and initials, ten thousand times over, in long runs.
fn titles_and_initials() -> String {
    const PARTS: &[&str] = &[
        "Mr. ", "Mrs. ", "Dr. ", "Sen. ", "J. ", "R. ", "K. ", "A. ", "Mr. ", "U.S. ", "Smith ",
    ];
    let mut rng = Lcg(3);
    let mut n = 0;
    fill(|s| {
        s.push_str(PARTS[rng.below(PARTS.len())]);
        n += 1;
        if n % 500 == 0 {
            s.push_str("said. “Yes,” Mr. J. Smith said. ");
        }
    })
}

/// Capitalised words with no punctuation, and a reporting verb now and
/// then.
fn capitalised_run() -> String {
    const WORDS: &[&str] = &[
        "Alpha ", "Beta ", "Gamma ", "Delta ", "Van ", "De ", "John ", "Mary ", "House ", "Smith ",
    ];
    let mut rng = Lcg(4);
    let mut n = 0;
    fill(|s| {
        s.push_str(WORDS[rng.below(WORDS.len())]);
        n += 1;
        if n % 10_000 == 0 {
            s.push_str("said ");
        }
    })
}

/// One paragraph of documents, suits and bodies that descriptions stand
/// for ("the memo adds", "the complaint says", "the union"): every
/// description reads back over the words before it for its author.
fn documents_and_bodies() -> String {
    const PIECES: &[&str] = &[
        "In a memo to staff, Ann Lee wrote that cuts were \u{201c}needed.\u{201d} ",
        "The memo adds that pay will be \u{201c}fair.\u{201d} ",
        "Acme Devices Corp. sued Orvane Inc. on Monday. ",
        "\u{201c}It took it,\u{201d} the complaint says. ",
        "the union Unite has said it will strike. ",
        "\u{201c}We will win,\u{201d} the union said. ",
        "an email Bob Ray sent read \u{201c}all clear.\u{201d} ",
        "Bellamy's said it was \u{201c}grateful.\u{201d} ",
    ];
    let mut rng = Lcg(6);
    fill(|s| s.push_str(PIECES[rng.below(PIECES.len())]))
}

/// Titled people and descriptions that stand for them ("the governor"),
/// paragraph after paragraph: every description reads back over the
/// people named before it.
fn descriptions() -> String {
    const TITLES: &[&str] = &["Sen.", "Gov.", "Mayor", "Rep.", "Dr."];
    const HEADS: &[&str] = &["senator", "governor", "mayor", "congressman", "doctor"];
    const NAMES: &[&str] = &[
        "Ann Lee",
        "Bob Ray",
        "Carl Benning",
        "Dee Moss",
        "Ed Pratt",
        "Flo Dunn",
        "Gil Ortiz",
    ];
    let mut rng = Lcg(5);
    let mut n = 0;
    fill(|s| {
        let t = rng.below(TITLES.len());
        let name = NAMES[rng.below(NAMES.len())];
        let head = HEADS[rng.below(HEADS.len())];
        n += 1;
        s.push_str(&format!(
            "{} {name} met voters in town {n}. “We will win,” the {head} said.\n\n",
            TITLES[t]
        ));
    })
}

/// One quotation holding quotation after quotation with a reporting verb
/// before each ("He told me, ‘go 7,’ and I did."), read with nested quotes
/// on: the outer quotation's words must be read once, not once per inner
/// quotation.
fn nested_quotes() -> String {
    let mut n = 0;
    let mut s = fill(|s| {
        if s.is_empty() {
            s.push('“');
        }
        n += 1;
        s.push_str(&format!("He told me, ‘go {n},’ and I did. "));
    });
    s.push_str("” said Ann Lee.");
    s
}

/// A hundred thousand short paragraphs of quotes, cues and names.
fn tiny_paragraphs() -> String {
    const PARAS: &[&str] = &[
        "“No, not now,” he said.\n\n",
        "“We are done.”\n\n",
        "Ann Lee spoke.\n\n",
        "“Fine,” she said.\n\n",
        "Officials said so.\n\n",
        "“It is over, really, all over,”\n\n",
    ];
    let mut s = String::with_capacity(SIZE);
    for i in 0..100_000 {
        s.push_str(PARAS[i % PARAS.len()]);
    }
    s
}

fn worst_cases(c: &mut Criterion) {
    let articles = articles();
    let ex = Extractor::new();
    let mut g = c.benchmark_group("worst_case");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(3));

    // The reference: the articles, one extraction each, 5 MB in all.
    let reps = SIZE.div_ceil(articles.iter().map(String::len).sum());
    g.throughput(Throughput::Bytes(
        (reps * articles.iter().map(String::len).sum::<usize>()) as u64,
    ));
    g.bench_function("news_articles", |b| {
        b.iter(|| {
            for _ in 0..reps {
                for a in &articles {
                    black_box(ex.extract(black_box(a)));
                }
            }
        })
    });

    let cases: Vec<(&str, String)> = vec![
        ("documents_and_bodies", documents_and_bodies()),
        ("quote_marks", quote_marks()),
        ("apostrophes", apostrophes()),
        ("one_paragraph", one_paragraph(&articles)),
        ("unclosed_quotes", unclosed_quotes(&articles)),
        ("titles_and_initials", titles_and_initials()),
        ("capitalised_run", capitalised_run()),
        ("tiny_paragraphs", tiny_paragraphs()),
        ("descriptions", descriptions()),
    ];
    for (name, text) in &cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| black_box(ex.extract(black_box(text)))));
    }
    let nested = Extractor::builder().nested_quotes(true).build();
    let text = nested_quotes();
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("nested_quotes", |b| {
        b.iter(|| black_box(nested.extract(black_box(&text))))
    });
    g.finish();
}

criterion_group!(benches, worst_cases);
criterion_main!(benches);
