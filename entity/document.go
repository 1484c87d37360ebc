// Package entity finds named entities (people, places, organizations) and
// the relations between them in news text.
//
// Invariant: for every Entity and Relation in a Document returned for an
// input string s, s[Start:End] is its text, in UTF-8 byte offsets into s
// itself. An apostrophe suffix is never part of an entity (Çin'in → Çin).
package entity

import "github.com/varlik/varlik/annotation"

// The result types are those of package annotation, which every stage
// shares; they are repeated here so that most programs need only entity.
type (
	Type         = annotation.Type
	Entity       = annotation.Entity
	RelationType = annotation.RelationType
	Relation     = annotation.Relation
	Document     = annotation.Document
	Span         = annotation.Span
)

// Entity types.
const (
	Person       = annotation.Person
	Location     = annotation.Location
	Organization = annotation.Organization
)

// Relation types.
const (
	Role      = annotation.Role
	LocatedIn = annotation.LocatedIn
	Meets     = annotation.Meets
	MemberOf  = annotation.MemberOf
	Visits    = annotation.Visits
	Says      = annotation.Says
)
