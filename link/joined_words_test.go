package link

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinedNameWords checks that a domain name, or a name joined by an
// ampersand or a hyphen, is one word of its mention however the language tokenizes it,
// and an English possessive no part of it, so that it keys alike in every
// language; and that a capital after a dot stays a word of its own.
func TestJoinedNameWords(t *testing.T) {
	for _, c := range []struct {
		l          lang.Language
		text, name string
		want       []string
		id         string
	}{
		{ru.Russian{}, "Сообщает сайт weather.com сегодня.", "weather.com", []string{"weather.com"}, "name:vsrkm"},
		{en.English{}, "The site weather.com reports.", "weather.com", []string{"weather.com"}, "name:vsrkm"},
		{tr.Turkish{}, "Weather.com sitesi bildirdi.", "Weather.com", []string{"weather.com"}, "name:vsrkm"},
		{ru.Russian{}, "Интервью сайту LiverpoolFC.com дал он.", "LiverpoolFC.com", []string{"liverpoolfc.com"}, "name:lvrplfkm"},
		{ru.Russian{}, "Вчера В.Путин выступил.", "В.Путин", []string{"в.", "путин"}, ""}, // the initial its own token, as before
		{ru.Russian{}, "Магазин M&S закрылся.", "M&S", []string{"m&s"}, "name:ms"},
		{tr.Turkish{}, "M&S mağazası kapandı.", "M&S", []string{"m&s"}, "name:ms"},
		{en.English{}, "The M&S shop closed.", "M&S", []string{"m&s"}, "name:ms"},
		{en.English{}, "Marks & Spencer closed.", "Marks & Spencer", []string{"marks", "spencer"}, ""}, // spaced: two names
		{ru.Russian{}, "Компания Brink's закрылась.", "Brink's", []string{"brink"}, "name:brnk"},
		{en.English{}, "The Brink's company closed.", "Brink", []string{"brink"}, "name:brnk"},
		{ru.Russian{}, "Бренд Burt's Bees вырос.", "Burt's Bees", []string{"burt", "bees"}, "name:brt-bs"},
		{tr.Turkish{}, "Coca-Cola'nın satışları arttı.", "Coca-Cola", []string{"coca-cola"}, "name:k-kl"}, // Turkish splits off the hyphen
		{en.English{}, "Coca-Cola's sales rose.", "Coca-Cola", []string{"coca-cola"}, "name:k-kl"},
		{tr.Turkish{}, "Coca - Cola satışları arttı.", "Coca - Cola", []string{"coca", "cola"}, "name:k-kl"}, // spaced: no joiner
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.name, Type: annotation.Organization}}, c.l)
		if got := appendMentionWords(nil, doc, &doc.Entities[0], c.l); !slices.Equal(got, c.want) {
			t.Errorf("%q: words %q, want %q", c.name, got, c.want)
		}
		if c.id == "" {
			continue
		}
		New(nil).Link(doc, c.l)
		if got := doc.Entities[0].ID; got != c.id {
			t.Errorf("%q: ID %q, want %q", c.name, got, c.id)
		}
	}
}
