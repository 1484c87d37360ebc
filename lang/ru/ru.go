// Package ru is varlik's Russian language package: a rule-based tokenizer
// (Cyrillic and Latin words, numbers, «» quotes, abbreviations such as г.,
// т.е., им., ул.), sentence splitting, case folding with ё→е, and a bounded
// analysis of Russian nominal inflection that proposes nominative stems for
// matching (России → россия, Мишустиным → мишустин, Китаю → китай).
//
// Invariant: for every Token t and Sentence s produced from an input string
// in, in[t.Start:t.End] == t.Text and in[s.Start:s.End] is the sentence text,
// in UTF-8 byte offsets into in itself. Invalid UTF-8 bytes become tokens of
// Kind lang.Other; nothing panics.
//
// Importing this package registers the Russian Language under "ru".
package ru

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/varlik/varlik/lang"
)

func init() { lang.Register(Russian{}) }

// Russian implements lang.Language for Russian. The zero value is ready to
// use and safe for concurrent use.
type Russian struct{}

// Code returns "ru".
func (Russian) Code() string { return "ru" }

// Fold normalizes s for matching: NFC, Unicode lower case, ё→е (Russian
// print mostly omits the diaeresis, so both spellings must match), and
// typographic apostrophes as '.
func (Russian) Fold(s string) string { return fold(s) }

var foldReplacer = strings.NewReplacer("ё", "е", "\u2019", "'", "\u2018", "'", "\u02bc", "'")

func fold(s string) string {
	return foldReplacer.Replace(strings.ToLower(norm.NFC.String(s)))
}
