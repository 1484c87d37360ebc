package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/format"
	"github.com/varlik/varlik/internal/wholeinput"
	"github.com/varlik/varlik/lang"
)

// tagInput reads one input whole, extracts, and writes the result; with
// -split it streams the input document by document instead.
func tagInput(ctx context.Context, x *entity.Extractor, cfg config, r io.Reader, w *bufio.Writer) error {
	if cfg.split != "none" {
		return tagStream(ctx, x, cfg, r, w)
	}
	text, err := wholeinput.ReadText(r)
	if err != nil {
		return err
	}
	if cfg.in == "conll" {
		return tagCoNLL(ctx, x, cfg, text, w)
	}
	doc, err := x.Extract(ctx, text)
	if err != nil {
		return err
	}
	return writeDoc(w, cfg, doc)
}

// tagStream tags r as a stream of documents (lines or paragraphs) in
// bounded memory.
func tagStream(ctx context.Context, x *entity.Extractor, cfg config, r io.Reader, w *bufio.Writer) error {
	split := entity.ByLine
	if cfg.split == "paragraph" {
		split = entity.ByParagraph
	}
	// Documents are tagged on every core, and written in input order.
	return x.StreamParallel(ctx, r, split, 0, func(d entity.StreamDoc) error {
		var err error
		emptyNotNull(d.Doc)
		switch cfg.out {
		case "json", "jsonl":
			// One line a document, naming its file and its byte offset in
			// the input; its entities' offsets are relative to the document.
			err = format.WriteJSON(w, d.Doc, format.JSONOptions{Stream: true, File: cfg.file, Offset: d.Offset, Tokens: cfg.tokens})
		default:
			err = writeDoc(w, cfg, d.Doc)
		}
		if err != nil {
			return err
		}
		// A live feed (a FIFO, tail -f) sees each document as it is done.
		return w.Flush()
	})
}

// writeDoc writes one result in the format cfg.out.
func writeDoc(w *bufio.Writer, cfg config, doc *entity.Document) error {
	emptyNotNull(doc)
	switch cfg.out {
	case "json", "jsonl":
		return format.WriteJSON(w, doc, format.JSONOptions{Indent: cfg.out == "json", Tokens: cfg.tokens})
	case "spacy":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(format.SpaCy(doc))
	case "conll":
		writeCoNLL(w, doc, cfg.labels)
	case "text":
		writeText(w, doc)
	}
	return nil
}

// emptyNotNull makes doc's nil lists empty ones, so that JSON has [] for
// them as for the lists an Extractor fills: the document of an empty
// input has no sentences, and format.WriteJSON writes a nil list as null
// (as encoding/json does).
func emptyNotNull(doc *entity.Document) {
	if doc.Sentences == nil {
		doc.Sentences = []lang.Sentence{}
	}
	if doc.Entities == nil {
		doc.Entities = []entity.Entity{}
	}
	if doc.Relations == nil {
		doc.Relations = []entity.Relation{}
	}
	if doc.Tokens == nil {
		doc.Tokens = []lang.Token{}
	}
}

// writeCoNLL prints token<TAB>IOB2-tag, a blank line after each sentence.
func writeCoNLL(w io.Writer, doc *entity.Document, labels string) {
	tags := labelled(doc.IOB2(), labels)
	for _, s := range doc.Sentences {
		for i := s.First; i < s.Last; i++ {
			fmt.Fprintf(w, "%s\t%s\n", doc.Tokens[i].Text, tags[i])
		}
		fmt.Fprintln(w)
	}
}

// writeText prints the text with entities bracketed, then the relations.
func writeText(w io.Writer, doc *entity.Document) {
	at := 0
	for _, e := range doc.Entities {
		if e.Start < at {
			continue
		}
		fmt.Fprintf(w, "%s[%s %s]", doc.Text[at:e.Start], e.Type, e.Text)
		at = e.End
	}
	fmt.Fprintln(w, doc.Text[at:])
	for _, r := range doc.Relations {
		subj := doc.Entities[r.Subject].Text
		obj := ""
		if r.Object >= 0 {
			obj = doc.Entities[r.Object].Text
		}
		switch {
		case r.Role != "" && obj == "": // a title with no body or place named: "President Erdoğan"
			fmt.Fprintf(w, "%s\t%s\t(%s)\n", r.Type, subj, r.Role)
		case r.Role != "":
			fmt.Fprintf(w, "%s\t%s\t%s (%s)\n", r.Type, subj, obj, r.Role)
		case r.QuoteEnd > r.QuoteStart:
			fmt.Fprintf(w, "%s\t%s\t%q\n", r.Type, subj, doc.Text[r.QuoteStart:r.QuoteEnd])
		default:
			fmt.Fprintf(w, "%s\t%s\t%s\n", r.Type, subj, obj)
		}
	}
}
