//! The `whosaid` command: who said what in article files or a JSONL stream.
//!
//! ```text
//! whosaid ARTICLE.txt…            readable list: speaker, cue, quote
//! whosaid --json ARTICLE.txt…     the Document of each file as JSON
//! whosaid --jsonl [--sentences]   JSONL in, JSONL out (../shared/eval/FORMAT.md)
//! ```

use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use whosaid::{Document, Extractor};

const USAGE: &str = "usage: whosaid [--json] ARTICLE.txt…
       whosaid --jsonl [--sentences] < articles.jsonl > predictions.jsonl

  ARTICLE.txt…  article files (UTF-8 text); '-' reads standard input
  --json        print each file's Document as JSON
  --jsonl       read one JSON object per line with \"id\" and \"text\" and write
                one line of predictions per input line, in order
  --sentences   with --jsonl, also write the sentence spans
  -h, --help    this text";

#[derive(Default)]
struct Args {
    json: bool,
    jsonl: bool,
    sentences: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args::default();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => a.json = true,
            "--jsonl" => a.jsonl = true,
            "--sentences" => a.sentences = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => a.files.push(arg),
        }
    }
    if !a.jsonl && a.files.is_empty() {
        return Err("no input: give article files, or --jsonl with input on stdin".into());
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("whosaid: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let ex = Extractor::builder()
        .sentences(args.sentences || !args.jsonl)
        .build();
    let ok = if args.jsonl {
        run_jsonl(&ex, &args)
    } else {
        run_files(&ex, &args)
    };
    match ok {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("whosaid: {e}");
            ExitCode::FAILURE
        }
    }
}

/// One prediction line of the JSONL contract.
fn prediction(id: &Value, text: &str, doc: &Document, sentences: bool) -> Value {
    let quotes: Vec<Value> = doc
        .quotes
        .iter()
        .map(|q| {
            let speaker = doc.speaker_of(q);
            json!({
                "start": q.span.start,
                "end": q.span.end,
                "text": q.text(text),
                "speaker": speaker.map(|s| s.name.as_str()),
                "speaker_kind": speaker.map(|s| s.kind),
                "speaker_mention": q.mention.map(|m| m.as_str(text)),
                "mention_start": q.mention.map(|m| m.start),
                "mention_end": q.mention.map(|m| m.end),
                "cue": q.cue.map(|c| c.as_str(text)),
                "cue_start": q.cue.map(|c| c.start),
                "cue_end": q.cue.map(|c| c.end),
                "kind": q.kind,
                "attribution": q.attribution,
                "confidence": (q.confidence * 100.0).round() / 100.0,
            })
        })
        .collect();
    let mut out = json!({ "id": id, "quotes": quotes });
    if sentences {
        out["sentences"] = doc
            .sentences
            .iter()
            .map(|s| json!({"start": s.start, "end": s.end}))
            .collect();
    }
    out
}

fn run_jsonl(ex: &Extractor, args: &Args) -> io::Result<bool> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let mut buf = Vec::new();
    let mut n = 0usize;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        n += 1;
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l.trim(),
            Err(e) => {
                all_ok = false;
                let msg = format!("line {n}: invalid UTF-8 ({e})");
                eprintln!("whosaid: stdin {msg}");
                writeln!(out, "{}", json!({"id": null, "error": msg}))?;
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                all_ok = false;
                let msg = format!("line {n}: not JSON ({e})");
                eprintln!("whosaid: stdin {msg}");
                writeln!(out, "{}", json!({"id": null, "error": msg}))?;
                continue;
            }
        };
        let id = v.get("id").cloned().unwrap_or(Value::Null);
        let Some(text) = v.get("text").and_then(Value::as_str) else {
            all_ok = false;
            let msg = format!("line {n}: no string \"text\" field");
            eprintln!("whosaid: stdin {msg}");
            writeln!(out, "{}", json!({"id": id, "error": msg}))?;
            continue;
        };
        let doc = ex.extract(text);
        writeln!(out, "{}", prediction(&id, text, &doc, args.sentences))?;
    }
    out.flush()?;
    Ok(all_ok)
}

fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let res = if path == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    res.map_err(|e| format!("{path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn run_files(ex: &Extractor, args: &Args) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for path in &args.files {
        let text = match read_input(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("whosaid: {e}");
                all_ok = false;
                continue;
            }
        };
        let doc = ex.extract(&text);
        if args.json {
            let v = json!({"file": path, "document": doc});
            writeln!(out, "{v}")?;
            continue;
        }
        if args.files.len() > 1 {
            writeln!(out, "== {path}")?;
        }
        for q in &doc.quotes {
            let who = doc.speaker_of(q).map_or("(unknown)", |s| s.name.as_str());
            let cue = q.cue.map_or("-", |c| c.as_str(&text));
            writeln!(out, "{who}\t{cue}\t{}", q.text(&text))?;
        }
    }
    out.flush()?;
    Ok(all_ok)
}
