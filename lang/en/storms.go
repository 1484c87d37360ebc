package en

import (
	_ "embed"
	"sort"
	"strings"
	"sync"

	"github.com/varlik/varlik/lang"
)

var _ lang.StormNames = English{}

// StormWord reports whether norm, a folded word, belongs to a report of a
// storm (lang.StormNames): its kind, its winds and rain, its landfall.
// Left out because other news has them too: flood, damage, track. Rain
// too (Rosa 's rain, approaching with rain): NTREX English dev 0.8448 →
// 0.8457, UNER EWT dev unchanged (0.7432).
func (English) StormWord(norm string) bool { return stormWords[norm] }

var stormWords = map[string]bool{
	"hurricane": true, "hurricanes": true, "typhoon": true, "cyclone": true, "storm": true, "storms": true,
	"landfall": true, "rainfall": true, "rains": true, "winds": true, "gusts": true, "mph": true,
	"downpours": true, "flooding": true, "rain": true,
}

// givenNamesText is the stdlib English first names, male and female
// (PDDL 1.0 / CC0 1.0), folded and sorted, one a line after two comment
// lines (internal/gennames).
//
//go:generate go run ./internal/gennames -data ../../../shared/data -o data/given_names.txt
//go:embed data/given_names.txt
var givenNamesText string

// givenNames is givenNamesText's names, sorted: split once, on the first
// question, and searched.
var givenNames = sync.OnceValue(func() []string {
	lines := strings.Split(strings.TrimSpace(givenNamesText), "\n")
	for len(lines) > 0 && strings.HasPrefix(lines[0], "#") {
		lines = lines[1:]
	}
	return lines
})

// GivenName reports whether norm, a folded word, is an English given name
// (lang.StormNames): Rosa, Michael, Katrina.
func (English) GivenName(norm string) bool {
	names := givenNames()
	i := sort.SearchStrings(names, norm)
	return i < len(names) && names[i] == norm
}
