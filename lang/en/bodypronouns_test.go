package en

import "testing"

func TestBodyPronouns(t *testing.T) {
	e := English{}
	if !e.BodyRelative("which") || e.BodyRelative("who") || e.BodyRelative("that") {
		t.Error("BodyRelative: want which only")
	}
	if !e.BodyPossessive("its") || e.BodyPossessive("his") || e.BodyPossessive("their") {
		t.Error("BodyPossessive: want its only")
	}
}
