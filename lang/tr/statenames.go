package tr

import "github.com/varlik/varlik/lang"

var _ lang.StateNames = Turkish{}

// stateNames are the folded Turkish names of a state's part that Turkish
// news writes for the state (lang.StateNames), with the state's English
// name.
var stateNames = map[string]string{"ingiltere": "United Kingdom"}

// StateName returns the English name of the state a folded place name
// means in Turkish news, or "" (lang.StateNames).
func (Turkish) StateName(w string) string { return stateNames[w] }
