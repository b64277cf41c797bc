//! Quotations nested in quotations ("“My father told me, ‘Never quit,’
//! …”"), read when `ExtractorBuilder::nested_quotes` asks for them.

mod common;

use common::pair;
use whosaid::{Attribution, Document, Extractor};

fn fixture(name: &str) -> String {
    common::fixture_in("nested", name)
}

fn with_nested(text: &str) -> Document {
    Extractor::builder()
        .nested_quotes(true)
        .build()
        .extract(text)
}

/// (quoted text, speaker name) of every nested quote.
fn nested(text: &str, doc: &Document) -> Vec<(String, Option<String>)> {
    doc.quotes
        .iter()
        .filter(|q| q.attribution == Attribution::Nested)
        .map(|q| common::said(text, doc, q))
        .collect()
}

#[test]
fn an_inner_quote_is_said_by_the_one_the_verb_before_it_names_or_by_the_outer_speaker_for_i() {
    let text = fixture("commissioner");
    let doc = with_nested(&text);
    assert_eq!(
        nested(&text, &doc),
        [
            pair("Never quit on your neighbors,", "My father"),
            pair("We will not close the clinic,", "Dana Whitlow"),
        ]
    );
}

#[test]
fn a_label_after_call_is_no_nested_quote() {
    let text = fixture("pastor");
    let doc = with_nested(&text);
    assert_eq!(
        nested(&text, &doc),
        [pair(
            "I work two jobs and I still cannot pay the rent,",
            "This lady"
        )]
    );
}

#[test]
fn nested_quotes_are_left_out_by_default() {
    let text = fixture("commissioner");
    let doc = whosaid::extract(&text);
    assert_eq!(doc.quotes.len(), 3);
    assert!(doc
        .quotes
        .iter()
        .all(|q| q.attribution != Attribution::Nested));
}

#[test]
fn a_nested_quote_comes_after_its_outer_quote_in_text_order() {
    let text = fixture("commissioner");
    let doc = with_nested(&text);
    let starts: Vec<usize> = doc.quotes.iter().map(|q| q.outer.start).collect();
    let mut sorted = starts.clone();
    sorted.sort_unstable();
    assert_eq!(starts, sorted);
    assert_eq!(doc.quotes[1].attribution, Attribution::Nested);
}

#[test]
fn every_quote_nested_in_one_outer_quote_is_read() {
    let text = fixture("two_in_one");
    let doc = with_nested(&text);
    assert_eq!(
        nested(&text, &doc),
        [
            pair("Work hard,", "My father"),
            pair("Never quit,", "my first coach"),
        ]
    );
}
