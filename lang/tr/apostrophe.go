package tr

import "github.com/varlik/varlik/lang"

var _ lang.ApostropheSuffixes = Turkish{}

// NamesTakeApostrophe reports that Turkish names take their suffixes after
// an apostrophe (lang.ApostropheSuffixes): Ankara'da, Meclis'te.
func (Turkish) NamesTakeApostrophe() bool { return true }
