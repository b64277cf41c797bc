//! Prints who said what in each article file given on the command line.
//!
//! ```text
//! cargo run --release --example attribute -- tests/fixtures/seed.txt
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: attribute ARTICLE.txt…");
        return ExitCode::from(2);
    }
    let extractor = whosaid::Extractor::new();
    let mut status = ExitCode::SUCCESS;
    for path in &paths {
        let text = match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(e)) => {
                eprintln!(
                    "{path}: invalid UTF-8 at byte {}",
                    e.utf8_error().valid_up_to()
                );
                status = ExitCode::FAILURE;
                continue;
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let doc = extractor.extract(&text);
        println!(
            "{path}: {} quotes, {} speakers",
            doc.quotes.len(),
            doc.speakers.len()
        );
        for q in &doc.quotes {
            let who = doc.speaker_of(q).map_or("(unknown)", |s| s.name.as_str());
            let cue = q.cue.map_or("", |c| c.as_str(&text));
            println!(
                "  {who:<24} {cue:<10} {:.2}  “{}”",
                q.confidence,
                q.text(&text)
            );
        }
    }
    status
}
