//! Speaker turns of interview and debate transcripts ("A: …", "MAYOR ROSA
//! ORTIZ: …"): speech with no quote marks, read when
//! `ExtractorBuilder::transcripts` asks for it.

mod common;

use common::pair;
use whosaid::{Attribution, Document, Extractor, QuoteStyle};

fn fixture(name: &str) -> String {
    common::fixture_in("transcripts", name)
}

fn with_transcripts(text: &str) -> Document {
    Extractor::builder().transcripts(true).build().extract(text)
}

/// (quoted text, speaker name) of every quote.
fn quotes(text: &str, doc: &Document) -> Vec<(String, Option<String>)> {
    doc.quotes
        .iter()
        .map(|q| common::said(text, doc, q))
        .collect()
}

#[test]
fn each_labelled_turn_is_a_quote_of_the_one_its_label_names() {
    let text = fixture("debate");
    let doc = with_transcripts(&text);
    assert_eq!(
        quotes(&text, &doc),
        [
            pair(
                "Mr. Kessler, you have called the mayor's housing plan \"a developer giveaway.\" Why?",
                "Anna Lundqvist"
            ),
            pair(
                "Because it is one. The plan waives impact fees for any project over fifty units.",
                "Douglas Kessler"
            ),
            pair("Doug, with respect, that is just not how it works.", "Rosa Ortiz"),
            // "KESSLER" is the Douglas Kessler labelled before.
            pair("Permits for luxury apartments.", "Douglas Kessler"),
            // "MODERATOR" is the moderator named in parentheses before.
            pair("Mayor, your answer?", "Anna Lundqvist"),
            pair("Permits for apartments. Period.", "Rosa Ortiz"),
        ]
    );
}

#[test]
fn a_turn_is_unmarked_direct_speech_attributed_by_its_label() {
    let text = fixture("debate");
    let doc = with_transcripts(&text);
    let q = &doc.quotes[2];
    assert_eq!(q.style, QuoteStyle::Unmarked);
    assert_eq!(q.attribution, Attribution::Transcript);
    assert_eq!(q.mention.unwrap().as_str(&text), "MAYOR ROSA ORTIZ");
    assert_eq!(doc.speaker_of(q).unwrap().title.as_deref(), Some("Mayor"));
}

#[test]
fn answers_are_the_interviewees_and_questions_are_no_quotes() {
    let text = fixture("interview");
    let doc = with_transcripts(&text);
    assert_eq!(
        quotes(&text, &doc),
        [
            pair(
                "I mean that if a building needs a machine running all summer, the design has already failed.",
                "Sunniva Brekke"
            ),
            pair("In the buildings they have, they are right.", "Sunniva Brekke"),
        ]
    );
}

#[test]
fn turns_are_not_read_unless_asked_for() {
    let text = fixture("debate");
    let doc = whosaid::extract(&text);
    // Only the quotation in marks.
    assert_eq!(
        doc.quotes.iter().map(|q| q.text(&text)).collect::<Vec<_>>(),
        ["a developer giveaway."]
    );
}

#[test]
fn fact_check_labels_make_no_transcript() {
    let text = fixture("fact_check_labels");
    assert!(with_transcripts(&text).quotes.is_empty());
}

#[test]
fn a_turn_in_quote_marks_stays_a_quote_of_its_own() {
    let text = fixture("quoted_turns");
    let doc = with_transcripts(&text);
    let found: Vec<(&str, Attribution)> = doc
        .quotes
        .iter()
        .map(|q| (q.text(&text), q.attribution))
        .collect();
    assert_eq!(
        found,
        [
            ("Did you approve the contract?", Attribution::Transcript),
            ("I did, and I would again.", Attribution::Signature),
            ("Then who signed the second one?", Attribution::Transcript),
        ]
    );
}
