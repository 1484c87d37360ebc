package tr

// workHeads begin the head nouns, after a name, of works and forms that
// news annotation does not tag, beside thingStems (lang.ThingNames): a
// kaside (Musa Kasidesi), a sarcophagus (İskender Lahdi), an anthem or a
// march (İstiklal Marşı), a symphony, a concerto, a dance (Moresko
// dansı). Not an epic (destan), which sports news says of a team's win
// ("Galatasaray destanı").
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7934 → 0.7942 (Musa Kasidesi, İskender Lahdi, Moresko (
// Magribi ) dansı); NTREX Turkish dev (0.8725, -doc 10 0.8892) and the
// Milliyet dev split (0.8656) unchanged.
var workHeads = []string{"kaside", "lahd", "marşı", "marşın", "senfoni", "konçerto", "dansı", "dansın"}
