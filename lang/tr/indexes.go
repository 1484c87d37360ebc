package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.MarketIndexes = Turkish{}

// NamesIndex reports whether norm, a folded word, is a form of endeks (or
// indeks), the index of "BIST 100 endeksi" (lang.MarketIndexes): endeksi,
// endeksinde, endeksleri; not endekslenmiş, "indexed", a verb's.
func (Turkish) NamesIndex(norm string) bool {
	rest, ok := strings.CutPrefix(norm, "endeks")
	if !ok {
		rest, ok = strings.CutPrefix(norm, "indeks")
	}
	return ok && !strings.HasPrefix(rest, "len")
}
