package en

import "testing"

func TestStormNames(t *testing.T) {
	e := English{}
	for norm, want := range map[string]bool{"rosa": true, "michael": true, "katrina": true, "aaren": true, "obama": false, "Rosa": false, "": false, "#": false} {
		if got := e.GivenName(norm); got != want {
			t.Errorf("GivenName(%q) = %v, want %v", norm, got, want)
		}
	}
	for norm, want := range map[string]bool{"hurricane": true, "landfall": true, "rain": false, "winds": false, "flood": false} {
		if got := e.StormWord(norm); got != want {
			t.Errorf("StormWord(%q) = %v, want %v", norm, got, want)
		}
	}
}
