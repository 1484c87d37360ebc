package en

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPostalRegionName(t *testing.T) {
	type region struct{ Name, ISO string }
	for _, tc := range []struct {
		word string
		want region
	}{
		{"AZ", region{"Arizona", "US-AZ"}},
		{"GA", region{"Georgia", "US-GA"}},
		{"DC", region{"District of Columbia", "US-DC"}},
		{"QC", region{"Quebec", "CA-QC"}},
		{"NL", region{"Newfoundland and Labrador", "CA-NL"}},
		{"az", region{}}, // as written: capitals only
		{"UK", region{}},
		{"", region{}},
	} {
		name, iso := English{}.PostalRegionName(tc.word)
		if diff := cmp.Diff(tc.want, region{name, iso}); diff != "" {
			t.Errorf("PostalRegionName(%q) (-want +got):\n%s", tc.word, diff)
		}
		if got := (English{}).PostalRegion(tc.word); got != (tc.want.Name != "") {
			t.Errorf("PostalRegion(%q) = %v", tc.word, got)
		}
	}
	if len(postalRegions) != 64 {
		t.Errorf("%d postal regions, want the 51 of the United States and the 13 of Canada", len(postalRegions))
	}
}
