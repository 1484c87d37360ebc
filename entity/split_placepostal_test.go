package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestPlacePostalSplit checks that a town and its state's postal code
// written after it with no comma are two places.
func TestPlacePostalSplit(t *testing.T) {
	tests := []mentionType{
		{"What to do in San Rafael Ca ?", "San Rafael", entity.Location},
		{"What to do in San Rafael Ca ?", "Ca", entity.Location},
	}
	checkMentionTypes(t, "en", tests)
}
