package en

import "github.com/varlik/varlik/lang"

var _ lang.BodyRoles = English{}

// BodyRole reports whether role, a folded noun, and prep, the folded
// preposition after it, introduce a body's name after the definite article
// (lang.BodyRoles): "spokesman for the", "chairman of the", "member of
// the", "analysts at the". Roles a country or a town has as well are left
// out (president, leader, governor, mayor, minister, ambassador: "president
// of the United States"), and so are the roles in a team or a work
// (manager, captain, author).
func (English) BodyRole(role, prep string) bool {
	switch prep {
	case "for":
		return spokesRoles[role]
	case "of":
		return spokesRoles[role] || bodyRoles[role]
	case "at":
		return bodyRoles[role] || atRoles[role]
	}
	return false
}

// spokesRoles speak for a body.
var spokesRoles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true, "spokesmen": true,
	"spokeswomen": true,
}

// bodyRoles hold an office in a body or work for it.
var bodyRoles = map[string]bool{
	"chairman": true, "chairwoman": true, "chairperson": true, "chair": true, "director": true,
	"directors": true, "member": true, "members": true, "official": true, "officials": true,
	"executive": true, "executives": true, "employee": true, "employees": true, "staff": true,
	"researcher": true, "researchers": true, "professor": true, "professors": true, "founder": true,
	"co-founder": true, "head": true, "chief": true, "treasurer": true, "trustee": true, "trustees": true,
	"board": true, "secretary-general": true, "vice-chairman": true, "deputy": true,
}

// atRoles work at a body (analysts at the, economists at the).
var atRoles = map[string]bool{
	"analyst": true, "analysts": true, "economist": true, "economists": true, "scientist": true,
	"scientists": true, "fellow": true, "lecturer": true, "strategist": true, "strategists": true,
}
