//! The user's example article: every quote found, each with its speaker.

use serde_json::Value;

fn article() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed.txt"
    ))
    .unwrap()
}

fn expected() -> Vec<Value> {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed.expected.jsonl"
    ))
    .unwrap()
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect()
}

/// The span of a quote without trailing punctuation, as the scorer compares.
fn core(text: &str, start: usize, end: usize) -> &str {
    text[start..end].trim_end_matches(|c: char| ",.;:!?".contains(c) || c.is_whitespace())
}

#[test]
fn every_quote_of_the_seed_article_is_found() {
    let text = article();
    let doc = whosaid::extract(&text);
    let got: Vec<&str> = doc
        .quotes
        .iter()
        .map(|q| core(&text, q.span.start, q.span.end))
        .collect();
    let want: Vec<&str> = expected()
        .iter()
        .map(|e| {
            core(
                &text,
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn every_quote_of_the_seed_article_has_its_speaker() {
    let text = article();
    let doc = whosaid::extract(&text);
    let want = expected();
    assert_eq!(doc.quotes.len(), want.len());
    for (q, e) in doc.quotes.iter().zip(&want) {
        let name = doc.speaker_of(q).map(|s| s.name.as_str());
        assert_eq!(name, e["speaker"].as_str(), "quote {:?}", q.text(&text));
    }
}

#[test]
fn the_seed_article_has_three_speakers() {
    let doc = whosaid::extract(&article());
    let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["White House", "Katherine Leavitt", "Vladimir Putin"]
    );
}

#[test]
fn the_press_secretary_keeps_her_title() {
    let doc = whosaid::extract(&article());
    let leavitt = doc
        .speakers
        .iter()
        .find(|s| s.name == "Katherine Leavitt")
        .unwrap();
    assert_eq!(leavitt.title.as_deref(), Some("Press Secretary"));
}
