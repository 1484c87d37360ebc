package tr

import "github.com/varlik/varlik/lang"

var _ lang.LoneBodies = Turkish{}

// loneBodies are the folded common nouns that, capitalized and alone,
// name a state's legislature, its commission, its head of state's or of
// government's office, its general staff or its treasury.
var loneBodies = map[string]bool{
	"meclis": true, "senato": true, "kongre": true, "komisyon": true,
	"başbakanlık": true, "cumhurbaşkanlığı": true, "genelkurmay": true, "hazine": true,
}

// NamesBody reports whether norm, a folded word, names a body when it is
// capitalized and alone (lang.LoneBodies): Meclis, Komisyon, Başbakanlık.
func (Turkish) NamesBody(norm string) bool { return loneBodies[norm] }
