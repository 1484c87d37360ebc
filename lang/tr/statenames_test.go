package tr

import "testing"

func TestStateName(t *testing.T) {
	for name, want := range map[string]string{"İngiltere": "United Kingdom", "İskoçya": "", "Galler": ""} {
		if got := (Turkish{}).StateName(Turkish{}.Fold(name)); got != want {
			t.Errorf("StateName(%q) = %q, want %q", name, got, want)
		}
	}
}
