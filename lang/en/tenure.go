package en

import "github.com/varlik/varlik/lang"

var _ lang.TenureWords = English{}

// TenureWord reports whether norm, a folded word, names a leader's
// government or term after the leader's surname (lang.TenureWords): "the
// Trump Administration", "the Obama Presidency". Government is left out:
// after a place or a party it names the body (the Kenya Government, the
// Labour Government).
func (English) TenureWord(norm string) bool { return norm == "administration" || norm == "presidency" }
