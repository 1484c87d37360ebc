// Command annotate supports the project's hand annotation of licensed news
// text (see docs/corpus.md and corpus/README.md).
//
//	annotate pre    -data DIR -collection ntrex.tr [-from N] [-to M] [-relations]   pre-annotate with the pipeline
//	annotate raw    -data DIR -collection ntrex.tr [-from N] [-to M] [-sample K]     records without markup, for a blind pass
//	annotate check  -data DIR FILE...        validate markup, relations and that each text is its source line
//	annotate diff   PRE FINAL                count the spans review kept, changed, removed and added
//	annotate agree  FIRST SECOND             span agreement (P/R/F1 per type) on the records both hold, and relation agreement where SECOND has relations
//	annotate disagree FIRST SECOND           the records whose spans differ, both markups side by side
//	annotate relsample [-sample K] FILE      sampled records with their entities and no relations, for an independent relation pass
//	annotate export [-ann corpus/ann] [-out corpus]   <lang>.<split>.conll and .jsonl (NTREX lines 1-999 dev, 1000-1997 test, the rest train)
//
// DIR is ../shared/data. A record's ID is "<collection>.<line>", its line
// number in the collection's source file (1-based, four digits or more).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

const usage = `usage: annotate COMMAND [flags] [FILE...]

commands:
  pre    pre-annotate lines of a collection with the current pipeline
  raw    write lines of a collection as records without markup (blind second pass)
  check  validate annotation files against their source text
  diff   count how review changed a pre-annotation (PRE FINAL)
  agree     span agreement between two annotations of the same records (FIRST SECOND)
  disagree  the records whose spans differ between two annotations (FIRST SECOND)
  relsample sampled records with their entities but not their relations (independent relation pass)
  export    write the final annotation as CoNLL and JSON Lines, split into train, dev and test

Run "annotate COMMAND -h" for a command's flags.
`

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return errors.New("no command")
		}
		return flag.ErrHelp
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "pre":
		return runPre(rest, stdout, stderr)
	case "raw":
		return runRaw(rest, stdout, stderr)
	case "check":
		return runCheck(rest, stdout, stderr)
	case "diff":
		return runDiff(rest, stdout, stderr)
	case "agree":
		return runAgree(rest, stdout, stderr)
	case "disagree":
		return runDisagree(rest, stdout, stderr)
	case "relsample":
		return runRelSample(rest, stdout, stderr)
	case "export":
		return runExport(rest, stdout, stderr)
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}
