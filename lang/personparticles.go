package lang

// PersonNameParticles is implemented by a language whose people's names
// hold no lower-case word but the particles it lists (Russian бин, ибн,
// де, фон, and аль-, эль- joined by a hyphen: Усамы бин Ладена, Сами
// аль-Хадж): another lower-case word that a tagger took into a person's
// mention (Стерлингу слева, Уэстом рэппер Джей-Зи) is no part of the name.
type PersonNameParticles interface {
	// NameParticle reports whether a folded lower-case word may stand in
	// a person's name.
	NameParticle(norm string) bool
}
