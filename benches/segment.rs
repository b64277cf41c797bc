//! Throughput of sentence segmentation alone (`whosaid::sentences`) on news
//! article text, in bytes per second.
//!
//! The article text is built from the files in `tests/fixtures/` when there
//! are any, else from the paragraphs below, written for this bench.
//!
//! ```text
//! cargo bench --bench segment
//! ```

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

/// A news-like article written for this bench: datelines, titles,
/// initials, abbreviations, numbers, quotations and a short list.
const ARTICLE: &str = "City council approves new transit plan after long debate

Tuesday, March 4, 2025

RIVERTON, Ore. — The Riverton City Council voted 7-2 on Monday night to approve a $48.5 million transit plan that will add three bus lines and extend service hours, ending a debate that lasted more than a year.

“This is the most important vote we have taken in a decade,” said Mayor Ellen R. Park, who has pushed for the plan since she took office in Jan. 2023. “People have waited long enough. Now we can start building.”

The plan calls for buses every 12 minutes on the busiest routes between 6 a.m. and 9 p.m., and every 20 minutes at other times. Council member Dr. James O'Neill, who voted against it, said the city had not explained how it would pay for the extra drivers. “Where will the money come from?” he asked. “Nobody has told us.”

Supporters packed the chamber at City Hall, 200 Main St., and some waited outside in the rain. According to the U.S. Census Bureau, about 14.2 percent of Riverton residents do not own a car, compared with 8.3 percent nationally. Many of them work night shifts at the port or at Acme Shipping Co. in the industrial district.

The measure now goes to Gov. Maria Lopez, whose office said she would review it \"within the next few weeks.\" A spokesman, Tom H. Baker, declined to say whether she would sign it. The state has already promised $12 million through its Clean Transit Fund (see p. 14 of the budget).

What happens next:
1. The transit agency publishes a draft schedule by May 1.
2. Residents can comment online or at three public meetings.
3. The first new line opens in the fall.

Critics said the vote was rushed... Others said it came years too late. \"We have studied this to death,\" said Ana Ruiz, who rides the No. 8 bus to work every day at 5:30 a.m. \"I just want a bus that comes on time!\" The agency's director, Prof. Samuel K. Adeyemi, said ridership could rise by 20% within two years, though he cautioned that such estimates were \"uncertain at best.\"

For more information, visit https://transit.riverton.example.gov/plan or write to plan@riverton.example.gov. The next council meeting is on March 17 at 6:30 p.m.
";

/// About 1 MB of article text.
fn corpus() -> String {
    let mut parts: Vec<String> = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt") {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    parts.push(t);
                }
            }
        }
    }
    if parts.is_empty() {
        parts.push(ARTICLE.to_string());
    }
    let mut text = String::new();
    while text.len() < 1 << 20 {
        for p in &parts {
            text.push_str(p);
            text.push_str("\n\n");
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("sentences", |b| {
        b.iter(|| whosaid::sentences(black_box(&text)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
