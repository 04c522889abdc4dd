"""Invented but plausible names for the dancers and staff of the demo houses.

Each house draws from the pool of its city (American, French, British or Danish first names
and surnames) so that a Paris roster reads like a Paris roster. Full names are combinations
drawn at random; any resemblance to a real dancer is a coincidence of common names.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

_POOLS: dict[str, tuple[str, str, str]] = {
    "us": (
        "Ava Olivia Emma Sophia Isabella Mia Charlotte Amelia Harper Abigail Emily Ella Madison"
        " Grace Chloe Lily Hannah Natalie Zoe Claire Audrey Leah Savannah Brooke Maya Naomi Ruby"
        " Alice Julia Tessa Sarah Megan Lauren Rachel Caroline Katherine Eleanor Hazel Nora"
        " Stella Violet Iris Sadie Lucy Molly Paige Jenna Kayla Gabriela Sofia Camila Valentina"
        " Yuki Mei Priya Aisha Imani",
        "Liam Noah Oliver Elijah James William Benjamin Lucas Henry Alexander Mason Michael Ethan"
        " Daniel Jacob Logan Jackson Sebastian Jack Aiden Owen Samuel Matthew Joseph Levi David"
        " John Wyatt Carter Julian Luke Isaac Theo Gabriel Anthony Dylan Leo Lincoln Asher"
        " Christopher Andrew Thomas Joshua Ezra Hudson Charles Caleb Isaiah Ryan Nathan Adrian"
        " Marcus Andre Tyler Kai Miguel Diego Rafael Hiroshi Malik",
        "Anderson Bennett Brooks Carter Chen Coleman Diaz Ellis Fischer Foster Garcia Gordon"
        " Grant Hayes Hughes Jensen Kim Kowalski Lambert Larsen Lee Lopez Marsh Meyer Mitchell"
        " Morales Murphy Nakamura Nguyen Novak Okafor Park Patel Perez Quinn Reed Reyes Rivera"
        " Russo Sanders Schultz Shaw Silva Sullivan Tanaka Torres Turner Vasquez Walsh Ward"
        " Watson Weber Whitman Wilson Wright Young Zhang Linden Holloway Ashford Castellano"
        " Delgado Fitzgerald Greene Hale Monroe Sterling Abernathy Kendall Prescott",
    ),
    "fr": (
        "Léa Manon Chloé Camille Inès Jade Louise Zoé Lina Clara Alice Juliette Emma Lucie"
        " Margaux Élise Marion Pauline Claire Hélène Sophie Mathilde Agathe Anaïs Aurélie"
        " Capucine Céline Charlotte Constance Delphine Éloïse Émilie Eugénie Flore Garance"
        " Héloïse Isaure Joséphine Laure Léonie Lou Maëlle Marine Mélanie Nina Océane Philippine"
        " Romane Salomé Solène Valentine Victoire Yasmine Amandine Bérénice Clémence Diane"
        " Estelle Fanny Gabrielle",
        "Hugo Lucas Louis Jules Gabriel Arthur Raphaël Adam Léo Nathan Théo Paul Mathis Antoine"
        " Baptiste Benoît Clément Damien Étienne Florian François Guillaume Hippolyte Jérémie"
        " Julien Laurent Marc Mathieu Maxime Nicolas Olivier Pierre Quentin Rémi Romain Samuel"
        " Sébastien Simon Thibault Thomas Valentin Victor Xavier Yann Alexandre Aurélien Bastien"
        " Cédric Denis Émile Fabien Gaël Hadrien Lucien Marius Noé Octave Philippe Timothée"
        " Vincent",
        "Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Laurent Lefèvre Michel"
        " Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet"
        " Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Perrin Morin Mathieu Clément"
        " Gauthier Dumont Fontaine Chevalier Robin Masson Gérard Boyer Lemaire Duval Joly Roche"
        " Noël Meunier Marchand Dufour Blanchard Barbier Brun Dumas Brunet Leroux Colin Aubry"
        " Valois Sorel Delacroix Beaumont Marchetti Lacoste Villeneuve Rochefort Desjardins"
        " Castel Hamelin Ferrand Jourdan",
    ),
    "gb": (
        "Amelia Isla Olivia Ava Emily Poppy Freya Imogen Harriet Beatrice Phoebe Matilda Rosie"
        " Eleanor Georgia Lydia Florence Ivy Evie Millie Sienna Holly Jasmine Kate Fiona Niamh"
        " Siobhan Catriona Rhiannon Bethan Alys Clemency Honor Juno Martha Orla Tamsin Verity",
        "Oliver Harry George Jack Alfie Charlie Archie Freddie Toby Rory Hamish Callum Finley"
        " Angus Rhys Owen Declan Ciaran Edward Rupert Hugo Felix Jasper Sebastian Theo Max Joe"
        " Sam Ben Tom Alistair Barnaby Cormac Dominic Ewan Gareth Kieran Lachlan Piers Ross",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans"
        " Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips"
        " Mason Mitchell Rose Morgan Hughes Edwards Hill Moore Harrison Scott Young Morris Hart"
        " Fletcher Ashworth Pemberton Whitfield Cartwright Fairbairn Hollis Kingsley Lockwood"
        " Marlowe Pritchard Okonkwo Achterberg Galloway Haddon Ingram",
    ),
    "dk": (
        "Freja Ida Clara Emma Alma Sofie Ella Karla Agnes Laura Anna Josefine Mathilde Signe"
        " Astrid Maja Nanna Sara Cecilie Line Mette Birgitte Camilla Katrine Louise Rikke Tove"
        " Ingrid Liv Silje Dagmar Esther Helle Johanne Lærke Marie Nora Pernille Stine Vibeke",
        "William Noah Oscar Lucas Carl Victor Malthe Emil Alfred Frederik Magnus Elias August"
        " Aksel Christian Mads Rasmus Søren Anders Jens Kasper Mikkel Nikolaj Jonas Tobias Anton"
        " Valdemar Johan Sebastian Thor Bjørn Esben Frej Halfdan Ivar Laurits Morten Niels Ulrik",
        "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen"
        " Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller"
        " Mortensen Lund Holm Bach Dahl Krogh Vestergaard Bruun Lindqvist Kjær Schmidt Friis"
        " Brandt Bjerre Dalgaard Esmark Gravesen Hvidt Juul Kirkegaard Ravn Skov Winther",
    ),
}

# Letters that Unicode decomposition does not reduce to ASCII.
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "ß": "ss"})


def slug(text: str) -> str:
    """``"Léa Lefèvre"`` -> ``"lea-lefevre"``: an ASCII id fragment for a name."""
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "-".join(words)


@dataclass
class NamePicker:
    """Draws full names from one pool, never the same name (or id) twice in a house.

    Parameters
    ----------
    pool
        ``"us"``, ``"fr"``, ``"gb"`` or ``"dk"``.
    rng
        The house's random generator; names depend on it and on nothing else.
    """

    pool: str
    rng: random.Random
    _used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        women, men, surnames = _POOLS[self.pool]
        self._women = women.split()
        self._men = men.split()
        self._surnames = surnames.split()

    def pick(self, woman: bool) -> str:
        """A new full name for a woman (``woman=True``) or a man.

        Raises
        ------
        RuntimeError
            When 1,000 draws give no name unused in the house.
        """
        firsts = self._women if woman else self._men
        for _ in range(1000):
            name = f"{self.rng.choice(firsts)} {self.rng.choice(self._surnames)}"
            if slug(name) not in self._used:
                self._used.add(slug(name))
                return name
        raise RuntimeError(f"the {self.pool!r} name pool is exhausted")
