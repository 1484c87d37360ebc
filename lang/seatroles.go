package lang

// SeatRoles is implemented by a language that writes a seat held for a
// place as the place's name and a capitalized role noun in a compound
// after it (Turkish "İstanbul Milletvekili", "Texas Senatörü", "Ankara
// Valisi"): the name before such a role is a place's, the constituency or
// province, which news annotation tags as a place.
type SeatRoles interface {
	// SeatRoleAfter reports whether a folded word (Token.Norm) is a role
	// noun, in the compound's form, that names a seat held for the place
	// written before it.
	SeatRoleAfter(norm string) bool
}
