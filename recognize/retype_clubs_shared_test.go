package recognize

import (
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestSportsSentenceSharedWords checks that two different words a match
// report shares with politics and business make a sentence a sports
// sentence, and one, or one twice, does not.
func TestSportsSentenceSharedWords(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Promoted Livingston stunned Rangers to consign Gerrard to his second defeat as manager of the club .", true},
		{"Rangers may have dominated possession but Livingston did more with the ball they had .", true},
		{"Kent were bowled out for 120 .", true},                   // a sports word of its own
		{"The party suffered a heavy defeat in the vote .", false}, // one shared word
		{"Defeat after defeat followed .", false},                  // the same word twice
		{"The fund manager expects a strong quarter .", false},
		{"Livingston won 2 - 1 at home .", true},                    // a score
		{"SOCCER - LEEDS BEAT ARSENAL .", true},                     // a sport's name in a headline
		{"I do n't care about baseball and I love Boston .", false}, // in running text
		{"He was an American football player .", false},
		{"The conference runs Feb. 5 - 8 , 2002 , in Miami .", false},                // a range of days
		{"I will be in Sao Paulo from Sept 20 - 22 and Buenos Aires after .", false}, // after an abbreviated month
	}
	l := en.English{}
	for _, tc := range tests {
		toks := l.Tokenize(tc.text)
		if got := sportsSentence(toks, wordCuesOf(toks, l).of, l); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
	var _ lang.SharedSportsWords = l
}
