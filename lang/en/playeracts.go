package en

import "github.com/varlik/varlik/lang"

var _ lang.PlayerActs = English{}

// PlayerAct reports whether norm, a folded word, names a player's play
// after the player's name in a match report (lang.PlayerActs): "Menga
// strike", "Menga goal", "a deep Jacobs set-piece". Left out because a
// verb is written alike after a subject: try, cross, shot, save, pass,
// finish, tackle.
func (English) PlayerAct(norm string) bool { return playerActs.Has(norm) }

var playerActs = lang.NewWordSet(map[string]bool{
	"goal": true, "strike": true, "header": true, "volley": true, "brace": true, "hat-trick": true,
	"free-kick": true, "set-piece": true, "equaliser": true, "equalizer": true, "penalty": true,
})
