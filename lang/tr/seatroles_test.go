package tr

import "testing"

func TestSeatRoleAfter(t *testing.T) {
	for norm, want := range map[string]bool{
		"milletvekili": true, "milletvekilinin": true, "milletvekilleri": true, "parlamenteri": true,
		"senatörü": true, "valisi": true, "valisine": true, "kaymakamı": true, "büyükelçisi": true,
		"vali": false, "senatör": false, "parlamenter": false, "parlamenterlik": false, "milletvekilliği": false,
		"valiliği": false, "bakanı": false,
	} {
		if got := (Turkish{}).SeatRoleAfter(norm); got != want {
			t.Errorf("SeatRoleAfter(%q) = %v, want %v", norm, got, want)
		}
	}
}
