package en

import "github.com/varlik/varlik/lang"

var (
	_ lang.GroupWords     = English{}
	_ lang.AcronymPlurals = English{}
)

// IsGroupWord reports whether norm, a folded word, names the members or
// followers of a party or faith, or is their adjective (lang.GroupWords):
// "Republicans would not have the votes", "Christian and Muslim gangs".
func (English) IsGroupWord(norm string) bool { return groupWords[norm] }

// groupWords are party-member and faith words. Party names that stand
// alone for the party are left out (Labour, Tory, Plaid are the party
// itself), and so is Democratic, which begins the party's own name
// (Democratic Party).
var groupWords = map[string]bool{
	"democrat": true, "democrats": true, "republican": true, "republicans": true,
	"christian": true, "christians": true, "muslim": true, "muslims": true, "jew": true, "jews": true, "jewish": true,
	"catholic": true, "catholics": true, "protestant": true, "protestants": true, "methodist": true, "methodists": true,
	"baptist": true, "baptists": true, "episcopal": true, "episcopalian": true, "anglican": true, "anglicans": true,
	"evangelical": true, "evangelicals": true, "mormon": true, "mormons": true, "hindu": true, "hindus": true,
	"buddhist": true, "buddhists": true, "sikh": true, "sikhs": true, "sunni": true, "sunnis": true,
	"shiite": true, "shiites": true, "shia": true, "islamist": true, "islamists": true, "zionist": true, "zionists": true,
}

// AcronymPlural reports whether word is two or more capitals and a
// lower-case s (lang.AcronymPlurals): MPs, AMs, NGOs, but not US or Bros.
func (English) AcronymPlural(word string) bool {
	n := len(word)
	if n < 3 || word[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return false
		}
	}
	return true
}
