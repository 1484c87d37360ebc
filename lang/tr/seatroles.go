package tr

import "github.com/varlik/varlik/lang"

var _ lang.SeatRoles = Turkish{}

// seatRoleStems are the beginnings of the compound forms of the roles held
// for a place (lang.SeatRoles): a member of parliament (milletvekili,
// parlamenteri), a senator (senatörü), a governor (valisi), a district
// governor (kaymakamı) and an ambassador (büyükelçisi), in any case and in
// the plural (İstanbul Milletvekilleri, Ankara Valisine). The bare nouns
// are left out: "Vali", "Senatör" before a name are titles.
var seatRoleStems = [...]string{
	"milletvekili", "milletvekilleri", "milletvekilimiz", "parlamenteri", "parlamenterleri",
	"senatörü", "senatörleri", "valisi", "valileri", "kaymakamı", "kaymakamları",
	"büyükelçisi", "büyükelçileri",
}

// SeatRoleAfter reports whether norm, a folded word, is a role held for the
// place written before it (lang.SeatRoles): Milletvekili, Parlamenteri,
// Senatörü, Valisi, Kaymakamı, Büyükelçisi and their case forms.
func (Turkish) SeatRoleAfter(norm string) bool {
	for _, s := range seatRoleStems {
		if len(norm) >= len(s) && norm[:len(s)] == s && seatRoleEnding(norm[len(s):]) {
			return true
		}
	}
	return false
}

// seatRoleEnding reports whether rest, what follows a seat role's stem, is
// a case ending after the possessive (n + the case: Valisine, Milletvekilinin)
// or nothing; not another word (parlamenterlik).
func seatRoleEnding(rest string) bool {
	switch rest {
	case "", "n", "nin", "nın", "ne", "na", "ni", "nı", "nde", "nda", "nden", "ndan", "yle", "yla", "z",
		"miz", "mizin", "mize", "nce":
		return true
	}
	return false
}
