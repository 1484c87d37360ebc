package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestExamplesOfKinds checks that the names listed after the plural noun
// of a kind of organization and "such as", "like" or "including" are
// organizations, retyped or added, and that names after other nouns, a
// country among the examples, and names after the list keep their types.
func TestExamplesOfKinds(t *testing.T) {
	const brands = "It will stock brands such as Revlon , Essie , Tweezerman and Dr. PawPaw in stores in London ."
	tests := []mentionType{
		{brands, "Revlon", entity.Organization},
		{brands, "Essie", entity.Organization},
		{brands, "Tweezerman", entity.Organization},
		{brands, "London", entity.Location},
		{"It 's hard with companies like Scharffen Berger , TCHO , and smaller makers in the area .", "TCHO", entity.Organization},
		{"Conservative sites such as Gateway Pundit and RedState reported it .", "RedState", entity.Organization},
		{"The festival has acts such as Janet Jackson and Cardi B .", "Janet Jackson", entity.Person},
		{"Chains including France and Germany opened stores .", "France", entity.Location},
		{"Some retailers , as Smith said on Monday , are closing stores .", "Smith", entity.Person}, // as alone
		// The kind's plural after "the", two names joined by "and" right after it.
		{"The chain tries to fight back against the discounters Aldi and Lidl with more services .", "Aldi", entity.Organization},
		{"The chain tries to fight back against the discounters Aldi and Lidl with more services .", "Lidl", entity.Organization},
	}
	checkMentionTypes(t, "en", tests)
	// Russian: the kind's plural, a comma and такие как, in any case (как
	// alone is "as").
	const shops = "Сеть конкурирует с дешевыми магазинами , такими как Алди и Лидл , в Лондоне ."
	checkMentionTypes(t, "ru", []mentionType{
		{shops, "Алди", entity.Organization},
		{shops, "Лидл", entity.Organization},
		{shops, "Лондоне", entity.Location},
		{"Рядом с банком Ивана Петрова , как всегда , тихо .", "Ивана Петрова", entity.Person},    // a singular
		{"Российские банки , как Иван Петров заявил , устойчивы .", "Иван Петров", entity.Person}, // как: as he said
	})
}
