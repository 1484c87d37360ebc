package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestWebSiteOwner checks that a name before "web site" is an
// organization.
func TestWebSiteOwner(t *testing.T) {
	checkMentionTypes(t, "en", []mentionType{
		{"Hyatt web site improved .", "Hyatt", entity.Organization},
	})
}
