//! The `whosaid` command on bad input: every bad input is named on
//! standard error, the exit status is 1, and every other input is still
//! processed and written.

use std::io::Write;
use std::path::PathBuf;
use std::process::{ChildStdin, Command, Output, Stdio};
use std::thread;

const BIN: &str = env!("CARGO_BIN_EXE_whosaid");

/// A good JSONL line: its one quote is "Hi there, my friends," by Ann Lee.
const GOOD_1: &str = r#"{"id": "good-1", "text": "“Hi there, my friends,” Ann Lee said."}"#;
/// A good JSONL line: its one quote is "We will be back next year," by Bo Li.
const GOOD_2: &str = r#"{"id": "good-2", "text": "“We will be back next year,” Bo Li said."}"#;
/// A good article: its one quote is "The plan is dead, and we all know it." by Ruth Abernathy.
const ARTICLE: &str = "Council vote\n\n“The plan is dead, and we all know it.” Councillor Ruth Abernathy said on Tuesday.\n";

/// Runs whosaid with `args`, feeding `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let bytes = stdin.to_vec();
    run_fed(args, move |input| input.write_all(&bytes))
}

/// Runs whosaid with `args`, its standard input written by `feed` on a
/// thread of its own (so that a large input is never held whole).
fn run_fed(
    args: &[&str],
    feed: impl FnOnce(&mut ChildStdin) -> std::io::Result<()> + Send + 'static,
) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the whosaid binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let feeder = thread::spawn(move || {
        // The binary may stop reading early; a broken pipe is fine here.
        let _ = feed(&mut input);
    });
    let out = child.wait_with_output().expect("whosaid finishes");
    feeder.join().expect("the feeder thread finishes");
    out
}

fn stdout_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A file in a fresh directory of the test's own.
fn temp_file(test: &str, name: &str, content: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("temp file");
    path
}

/// Asserts that a JSONL output line is the prediction for GOOD_1.
fn assert_good_1(line: &serde_json::Value) {
    assert_eq!(line["id"], "good-1");
    assert_eq!(line["quotes"][0]["text"], "Hi there, my friends,");
    assert_eq!(line["quotes"][0]["speaker"], "Ann Lee");
}

/// Asserts that a JSONL output line is the prediction for GOOD_2.
fn assert_good_2(line: &serde_json::Value) {
    assert_eq!(line["id"], "good-2");
    assert_eq!(line["quotes"][0]["text"], "We will be back next year,");
    assert_eq!(line["quotes"][0]["speaker"], "Bo Li");
}

/// Runs `--jsonl` over GOOD_1, `bad`, GOOD_2 and checks that the good
/// lines are processed around the bad one and the run fails. Returns the
/// error line and standard error.
fn jsonl_with_bad_line(bad: &[u8]) -> (serde_json::Value, String) {
    let bad = bad.to_vec();
    jsonl_around(move |input| input.write_all(&bad))
}

/// As [`jsonl_with_bad_line`], with the bad line written by `feed`.
fn jsonl_around(
    feed: impl FnOnce(&mut ChildStdin) -> std::io::Result<()> + Send + 'static,
) -> (serde_json::Value, String) {
    let out = run_fed(&["--jsonl"], move |input| {
        writeln!(input, "{GOOD_1}")?;
        feed(input)?;
        writeln!(input)?;
        writeln!(input, "{GOOD_2}")
    });
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3, "one output line per input line");
    assert_good_1(&lines[0]);
    assert_good_2(&lines[2]);
    (lines[1].clone(), stderr(&out))
}

#[test]
fn good_jsonl_input_succeeds_with_one_line_per_document() {
    let out = run(&["--jsonl"], format!("{GOOD_1}\n{GOOD_2}\n").as_bytes());
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_good_1(&lines[0]);
    assert_good_2(&lines[1]);
}

#[test]
fn a_jsonl_line_of_invalid_utf8_gets_an_error_line_naming_its_line_number() {
    let (line, err) = jsonl_with_bad_line(b"{\"id\": 7, \"text\": \"caf\xe9\"}");
    assert_eq!(line["id"], serde_json::Value::Null);
    let msg = line["error"].as_str().expect("an error message");
    assert!(msg.starts_with("line 2: invalid UTF-8"), "{msg}");
    assert!(err.contains("<stdin>: line 2: invalid UTF-8"), "{err}");
}

#[test]
fn a_jsonl_line_with_a_nul_byte_gets_an_error_line_naming_its_line_number() {
    let (line, err) = jsonl_with_bad_line(b"{\"id\": 7, \"text\": \"a\x00b\"}");
    let msg = line["error"].as_str().expect("an error message");
    assert!(msg.starts_with("line 2: NUL byte"), "{msg}");
    assert!(err.contains("line 2: NUL byte"), "{err}");
}

#[test]
fn a_jsonl_line_that_is_not_json_gets_an_error_line_naming_its_line_number() {
    let (line, err) = jsonl_with_bad_line(b"this is not JSON");
    let msg = line["error"].as_str().expect("an error message");
    assert!(msg.starts_with("line 2: not JSON"), "{msg}");
    assert!(err.contains("line 2: not JSON"), "{err}");
}

#[test]
fn a_jsonl_line_that_is_json_but_not_an_object_gets_an_error_line() {
    let (line, _) = jsonl_with_bad_line(b"[\"id\", \"text\"]");
    assert_eq!(line["error"], "line 2: not a JSON object");
}

#[test]
fn a_jsonl_line_without_text_gets_an_error_line_that_keeps_its_id() {
    let (line, err) = jsonl_with_bad_line(br#"{"id": "no-text", "title": "x"}"#);
    assert_eq!(line["id"], "no-text");
    assert_eq!(line["error"], "line 2: no \"text\" field");
    assert!(err.contains("line 2: no \"text\" field"), "{err}");
}

#[test]
fn a_jsonl_line_whose_text_is_a_number_gets_an_error_line_that_keeps_its_id() {
    let (line, _) = jsonl_with_bad_line(br#"{"id": 9, "text": 42}"#);
    assert_eq!(line["id"], 9);
    assert_eq!(line["error"], "line 2: \"text\" is a number, not a string");
}

#[test]
fn a_jsonl_line_whose_text_is_an_object_gets_an_error_line() {
    let (line, _) = jsonl_with_bad_line(br#"{"id": 9, "text": {"body": "x"}}"#);
    assert_eq!(line["error"], "line 2: \"text\" is an object, not a string");
}

#[test]
fn a_200_megabyte_line_is_rejected_by_line_number_and_the_stream_goes_on() {
    // Streamed to stdin a megabyte at a time: {"id": "big", "text": "aaaa…"}.
    let (line, err) = jsonl_around(|input| {
        input.write_all(br#"{"id": "big", "text": ""#)?;
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..200 {
            input.write_all(&chunk)?;
        }
        input.write_all(b"\"}")
    });
    let msg = line["error"].as_str().expect("an error message");
    assert!(msg.starts_with("line 2: line of 209715225 bytes"), "{msg}");
    assert!(msg.contains("--max-line-bytes"), "{msg}");
    assert!(err.contains("line 2: line of"), "{err}");
}

#[test]
fn a_line_over_a_lower_max_line_bytes_is_rejected_and_the_rest_kept() {
    let long = format!(r#"{{"id": "long", "text": "{}"}}"#, "word ".repeat(100));
    let input = format!("{GOOD_1}\n{long}\n{GOOD_2}\n");
    let out = run(&["--jsonl", "--max-line-bytes", "200"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let lines = stdout_lines(&out);
    assert_good_1(&lines[0]);
    assert!(lines[1]["error"].as_str().is_some_and(
        |m| m.starts_with("line 2: line of 526 bytes is longer than the limit of 200")
    ));
    assert_good_2(&lines[2]);
}

#[test]
fn empty_standard_input_in_jsonl_mode_is_an_empty_result_that_succeeds() {
    // An empty partition of a streaming engine must not fail its task.
    let out = run(&["--jsonl"], b"");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn an_empty_jsonl_file_is_named_and_fails_while_the_next_file_is_processed() {
    let empty = temp_file("empty-jsonl", "empty.jsonl", b"");
    let good = temp_file("empty-jsonl", "good.jsonl", GOOD_1.as_bytes());
    let out = run(
        &["--jsonl", empty.to_str().unwrap(), good.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("{}: empty file", empty.display())));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_good_1(&lines[0]);
}

#[test]
fn a_missing_jsonl_file_is_named_and_fails_while_the_next_file_is_processed() {
    let good = temp_file("missing-jsonl", "good.jsonl", GOOD_2.as_bytes());
    let out = run(
        &["--jsonl", "/no/such/dir/none.jsonl", good.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/no/such/dir/none.jsonl: no such file"));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_good_2(&lines[0]);
}

#[test]
fn errors_in_a_jsonl_file_name_the_file_and_the_line() {
    let bad = temp_file(
        "file-line",
        "bad.jsonl",
        format!("{GOOD_1}\nnot json\n").as_bytes(),
    );
    let out = run(&["--jsonl", bad.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let lines = stdout_lines(&out);
    assert_good_1(&lines[0]);
    let msg = lines[1]["error"].as_str().unwrap();
    assert!(
        msg.starts_with(&format!("{} line 2: not JSON", bad.display())),
        "{msg}"
    );
}

#[test]
fn a_directory_given_as_jsonl_input_is_named_and_fails() {
    let good = temp_file("dir-jsonl", "good.jsonl", GOOD_1.as_bytes());
    let dir = good.parent().unwrap();
    let out = run(
        &["--jsonl", dir.to_str().unwrap(), good.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("{}: is a directory", dir.display())));
    assert_good_1(&stdout_lines(&out)[0]);
}

/// Runs the readable mode over a bad file and a good article, in that
/// order; checks the article is still processed and the run fails.
fn files_with_bad(test: &str, bad: &str) -> String {
    let good = temp_file(test, "article.txt", ARTICLE.as_bytes());
    let out = run(&[bad, good.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(
        text.contains("Ruth Abernathy\tsaid\tThe plan is dead, and we all know it."),
        "{text}"
    );
    stderr(&out)
}

#[test]
fn a_missing_article_file_is_named_and_the_next_file_is_processed() {
    let err = files_with_bad("missing", "/no/such/file.txt");
    assert!(err.contains("/no/such/file.txt: no such file"), "{err}");
}

#[test]
fn a_directory_given_as_an_article_is_named_and_the_next_file_is_processed() {
    let dir = std::env::temp_dir();
    let err = files_with_bad("directory", dir.to_str().unwrap());
    assert!(
        err.contains(&format!("{}: is a directory", dir.display())),
        "{err}"
    );
}

#[test]
fn an_empty_article_file_is_named_and_the_next_file_is_processed() {
    let empty = temp_file("empty-article", "empty.txt", b"");
    let err = files_with_bad("empty-article", empty.to_str().unwrap());
    assert!(
        err.contains(&format!("{}: empty file", empty.display())),
        "{err}"
    );
}

#[test]
fn an_article_file_of_invalid_utf8_is_named_with_the_byte_offset() {
    let bad = temp_file("utf8-article", "latin1.txt", b"Caf\xe9 society");
    let err = files_with_bad("utf8-article", bad.to_str().unwrap());
    assert!(
        err.contains(&format!("{}: invalid UTF-8 at byte 3", bad.display())),
        "{err}"
    );
}

#[test]
fn an_article_file_with_a_nul_byte_is_named_as_not_text() {
    let bad = temp_file("nul-article", "binary.txt", b"PK\x03\x04\x00\x00");
    let err = files_with_bad("nul-article", bad.to_str().unwrap());
    assert!(
        err.contains(&format!("{}: NUL byte at byte 4", bad.display())),
        "{err}"
    );
}

#[test]
fn output_lines_keep_the_input_order_with_several_jobs() {
    // Documents of very different lengths, so that they finish out of order.
    let mut input = String::new();
    for i in 0..200 {
        let filler = "More words here. ".repeat(if i % 7 == 0 { 400 } else { 1 });
        let text = format!("{filler}“Number {i} is the one we want,” Ann Lee said.");
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
    }
    let out = run(&["--jsonl", "--jobs", "4"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 200);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["id"], i);
        assert_eq!(
            line["quotes"][0]["text"],
            format!("Number {i} is the one we want,")
        );
    }
}

#[test]
fn a_jobs_value_of_zero_is_a_usage_error() {
    let out = run(&["--jsonl", "--jobs", "0"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--jobs needs a positive number"));
}

#[test]
fn no_headline_quotes_leaves_out_the_quotes_of_a_headline() {
    let line = r#"{"id": "h", "text": "Mayor Says ‘Crisis Is Over’ After Storm\n\n“We are open again,” the mayor said."}"#;
    let all = stdout_lines(&run(&["--jsonl"], line.as_bytes()));
    let body = stdout_lines(&run(&["--jsonl", "--no-headline-quotes"], line.as_bytes()));
    let texts = |v: &[serde_json::Value]| -> Vec<String> {
        v[0]["quotes"]
            .as_array()
            .expect("a quotes array")
            .iter()
            .map(|q| q["text"].as_str().expect("a text").to_string())
            .collect()
    };
    assert_eq!(texts(&all), ["Crisis Is Over", "We are open again,"]);
    assert_eq!(texts(&body), ["We are open again,"]);
}

#[test]
fn a_quote_wrapped_over_lines_is_printed_on_one_line_of_the_table() {
    let path = temp_file(
        "wrapped",
        "wrapped.txt",
        "“The roads are clear and the crews\nworked all night,” she said.".as_bytes(),
    );
    let out = run(&[path.to_str().unwrap()], b"");
    let table = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        table.lines().collect::<Vec<_>>(),
        ["(unknown)\tsaid\tThe roads are clear and the crews worked all night,"]
    );
}

#[test]
fn a_descriptive_speaker_carries_the_person_it_stands_for_in_jsonl_and_the_table() {
    let text =
        "Finance Minister Kofi Mensah spoke first.\n\n“The worst is over,” the minister said.";
    let line = serde_json::json!({"id": "r", "text": text}).to_string();
    let lines = stdout_lines(&run(&["--jsonl"], line.as_bytes()));
    let q = &lines[0]["quotes"][0];
    assert_eq!(q["speaker"], "the minister");
    assert_eq!(q["speaker_referent"], "Kofi Mensah");
    let path = temp_file("referent", "referent.txt", text.as_bytes());
    let out = run(&[path.to_str().unwrap()], b"");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .collect::<Vec<_>>(),
        ["the minister (Kofi Mensah)\tsaid\tThe worst is over,"]
    );
}

#[test]
fn transcripts_reads_the_labelled_turns_of_a_transcript() {
    let line = r#"{"id": "t", "text": "Debate.\n\nDOUGLAS KESSLER: The plan is a giveaway.\n\nMAYOR ROSA ORTIZ: It is not."}"#;
    let turns = |args: &[&str]| -> Vec<(String, String)> {
        stdout_lines(&run(args, line.as_bytes()))[0]["quotes"]
            .as_array()
            .expect("a quotes array")
            .iter()
            .map(|q| {
                (
                    q["text"].as_str().expect("a text").to_string(),
                    q["speaker"].as_str().expect("a speaker").to_string(),
                )
            })
            .collect()
    };
    assert_eq!(turns(&["--jsonl"]), []);
    assert_eq!(
        turns(&["--jsonl", "--transcripts"]),
        [
            (
                "The plan is a giveaway.".to_string(),
                "Douglas Kessler".to_string()
            ),
            ("It is not.".to_string(), "Rosa Ortiz".to_string()),
        ]
    );
}

#[test]
fn nested_adds_the_quotes_nested_in_quotes() {
    let line = r#"{"id": "n", "text": "“My father told me, ‘Never quit,’ and I never have,” said Dana Whitlow."}"#;
    let texts = |args: &[&str]| -> Vec<String> {
        stdout_lines(&run(args, line.as_bytes()))[0]["quotes"]
            .as_array()
            .expect("a quotes array")
            .iter()
            .map(|q| q["text"].as_str().expect("a text").to_string())
            .collect()
    };
    assert_eq!(
        texts(&["--jsonl"]),
        ["My father told me, ‘Never quit,’ and I never have,"]
    );
    assert_eq!(
        texts(&["--jsonl", "--nested"]),
        [
            "My father told me, ‘Never quit,’ and I never have,",
            "Never quit,"
        ]
    );
}
