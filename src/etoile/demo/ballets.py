"""Role lists of the public-domain classics, shared by every demo house.

The figures follow ``ballet-facts.md`` section 5: who dances each role (P principal or étoile,
S soloist, premier danseur or sujet, C corps), how many, and which roles are partnered. The
counts are those of a large company (the Paris house); a smaller house scales its corps
roles down (:attr:`etoile.demo.houses.HouseSpec.corps_scale`). Children's roles (Marie, the
mice, Polichinelles) are left out: they are danced by school pupils, not company dancers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What sort of role it is; it sets learning hours and how many dancers should know it."""

    LEAD = "lead"
    SOLO = "solo"
    CHARACTER = "character"
    CORPS = "corps"


@dataclass(frozen=True)
class RoleTemplate:
    """One role of a ballet: key, English and French names, count, tiers (``"PS"``), gender."""

    key: str
    en: str
    fr: str
    count: int
    tiers: str
    woman: bool
    kind: Kind
    partner: str | None = None


@dataclass(frozen=True)
class Ballet:
    """A classic: titles, running time, demand prior, cost class and roles."""

    key: str
    en: str
    fr: str
    minutes: int
    popularity: float
    cost_range: tuple[int, int]
    roles: tuple[RoleTemplate, ...]
    doubled: tuple[tuple[str, str], ...] = ()


L, S, CH, C = Kind.LEAD, Kind.SOLO, Kind.CHARACTER, Kind.CORPS
W, M = True, False
R = RoleTemplate

# Production budgets in euros, ballet-facts.md 6.2: "a production costs EUR 150k-1M".
BIG, MEDIUM, SMALL = (600_000, 1_000_000), (300_000, 600_000), (150_000, 350_000)

# fmt: off
# One role a line: key, English name, French name, count, tiers, gender, kind, partner.
SWAN_LAKE = Ballet("swan-lake", "Swan Lake", "Le Lac des cygnes", 175, 1.0, BIG, (
    R("odette", "Odette/Odile", "Odette/Odile", 1, "PS", W, L, "siegfried"),
    R("siegfried", "Prince Siegfried", "Le Prince Siegfried", 1, "PS", M, L, "odette"),
    R("rothbart", "Von Rothbart", "Rothbart", 1, "PS", M, S),
    R("benno", "Benno", "Benno", 1, "PS", M, S),
    R("pas-de-trois-w", "Pas de trois (women)", "Pas de trois (danseuses)", 2, "PS", W, S),
    R("pas-de-trois-m", "Pas de trois (man)", "Pas de trois (danseur)", 1, "PS", M, S),
    R("cygnets", "Cygnets", "Petits cygnes", 4, "SC", W, S),
    R("big-swans", "Big swans", "Grands cygnes", 2, "SC", W, S),
    R("queen", "Queen Mother", "La Reine", 1, "SC", W, CH),
    R("swans", "Swans", "Les cygnes", 24, "C", W, C),
    R("fiancees", "Princesses", "Les fiancées", 6, "SC", W, C),
    R("national-w", "National dances (women)", "Danses de caractère (danseuses)", 8, "SC", W, C),
    R("national-m", "National dances (men)", "Danses de caractère (danseurs)", 8, "SC", M, C),
    R("peasants-w", "Act I peasants (women)", "Paysannes", 6, "C", W, C),
    R("peasants-m", "Act I peasants (men)", "Paysans", 8, "C", M, C),
), (("fiancees", "swans"),))

GISELLE = Ballet("giselle", "Giselle", "Giselle", 120, 0.9, MEDIUM, (
    R("giselle", "Giselle", "Giselle", 1, "PS", W, L, "albrecht"),
    R("albrecht", "Albrecht", "Albrecht", 1, "PS", M, L, "giselle"),
    R("myrtha", "Myrtha", "Myrtha", 1, "PS", W, S),
    R("hilarion", "Hilarion", "Hilarion", 1, "PS", M, S),
    R("moyna-zulma", "Moyna and Zulma", "Moyna et Zulma", 2, "S", W, S),
    R("peasant-w", "Peasant pas de deux (woman)", "Pas de deux des paysans", 1, "PS", W, S),
    R("peasant-m", "Peasant pas de deux (man)", "Pas de deux des paysans (danseur)", 1, "PS", M, S),
    R("berthe", "Berthe", "Berthe", 1, "SC", W, CH),
    R("bathilde", "Bathilde", "Bathilde", 1, "SC", W, CH),
    R("duke", "Duke of Courland", "Le Prince de Courlande", 1, "SC", M, CH),
    R("wilfred", "Wilfred", "Wilfrid", 1, "SC", M, CH),
    R("wilis", "Wilis", "Les Wilis", 24, "C", W, C),
    R("villagers-w", "Villagers (women)", "Vendangeuses", 8, "C", W, C),
    R("villagers-m", "Villagers and hunting party", "Vendangeurs et chasseurs", 10, "C", M, C),
), (("villagers-w", "wilis"),))

NUTCRACKER = Ballet("nutcracker", "The Nutcracker", "Casse-Noisette", 120, 1.0, BIG, (
    R("sugar-plum", "Sugar Plum Fairy", "La Fée Dragée", 1, "PS", W, L, "cavalier"),
    R("cavalier", "Cavalier", "Le Cavalier", 1, "PS", M, L, "sugar-plum"),
    R("dewdrop", "Dewdrop", "La Goutte de rosée", 1, "PS", W, S),
    R("hot-chocolate-w", "Hot Chocolate (woman)", "Chocolat (danseuse)", 1, "PS", W, S),
    R("hot-chocolate-m", "Hot Chocolate (man)", "Chocolat (danseur)", 1, "PS", M, S),
    R("coffee", "Coffee", "Café", 1, "PS", W, S),
    R("tea", "Tea", "Thé", 1, "S", M, S),
    R('candy-cane', 'Candy Cane', "Sucre d'orge", 1, 'S', M, S),
    R("marzipan", "Marzipan", "Mirliton", 1, "S", W, S),
    R("drosselmeier", "Herr Drosselmeier", "Drosselmeyer", 1, "SC", M, CH),
    R("mouse-king", "Mouse King", "Le Roi des souris", 1, "SC", M, CH),
    R("mother-ginger", "Mother Ginger", "La Mère Gigogne", 1, "SC", M, CH),
    R("marzipan-corps", "Marzipan shepherdesses", "Bergères", 4, "C", W, C),
    R("party-w", "Party guests (women)", "Invitées de la fête", 8, "C", W, C),
    R("party-m", "Party guests (men)", "Invités de la fête", 8, "C", M, C),
    R("snowflakes", "Snowflakes", "Flocons de neige", 16, "C", W, C),
    R("flowers", "Waltz of the Flowers", "Valse des fleurs", 14, "C", W, C),
), (("flowers", "snowflakes"),))

LA_BAYADERE = Ballet("la-bayadere", "La Bayadère", "La Bayadère", 160, 0.95, BIG, (
    R("nikiya", "Nikiya", "Nikiya", 1, "PS", W, L, "solor"),
    R("solor", "Solor", "Solor", 1, "PS", M, L, "nikiya"),
    R("gamzatti", "Gamzatti", "Gamzatti", 1, "PS", W, S),
    R('golden-idol', 'Bronze Idol', "L'Idole dorée", 1, 'PS', M, S),
    R("shade-soloists", "Shade soloists", "Variations des Ombres", 3, "S", W, S),
    R("brahmin", "High Brahmin", "Le Grand Brahmane", 1, "SC", M, CH),
    R("rajah", "Rajah Dugmanta", "Le Rajah", 1, "SC", M, CH),
    R('djampe', "D'jampe dancers", "Danse D'jampe", 6, 'SC', W, C),
    R("shades", "Shades", "Les Ombres", 32, "C", W, C),
    R("temple", "Temple dancers", "Danseuses du temple", 8, "C", W, C),
    R("fakirs", "Fakirs and warriors", "Fakirs et guerriers", 10, "C", M, C),
), (("shades", "temple"),))

DON_QUIXOTE = Ballet("don-quixote", "Don Quixote", "Don Quichotte", 165, 0.93, BIG, (
    R("kitri", "Kitri/Dulcinea", "Kitri/Dulcinée", 1, "PS", W, L, "basilio"),
    R("basilio", "Basilio", "Basilio", 1, "PS", M, L, "kitri"),
    R("espada", "Espada", "Espada", 1, "PS", M, S),
    R("street-dancer", "Street Dancer", "La Danseuse de rue", 1, "PS", W, S),
    R("dryad-queen", "Queen of the Dryads", "La Reine des dryades", 1, "PS", W, S),
    R("amour", "Amour", "Cupidon", 1, "S", W, S),
    R('kitri-friends', "Kitri's friends", 'Amies de Kitri', 2, 'S', W, S),
    R("don-quixote", "Don Quixote", "Don Quichotte", 1, "SC", M, CH),
    R("sancho", "Sancho Panza", "Sancho Pança", 1, "SC", M, CH),
    R("gamache", "Gamache", "Gamache", 1, "SC", M, CH),
    R("lorenzo", "Lorenzo", "Lorenzo", 1, "SC", M, CH),
    R("dryads", "Dryads", "Dryades", 16, "C", W, C),
    R("toreadors", "Toreadors", "Toréadors", 8, "SC", M, C),
    R("townspeople-w", "Townspeople (women)", "Villageoises", 10, "C", W, C),
    R("townspeople-m", "Townspeople (men)", "Villageois", 8, "C", M, C),
), (("dryads", "townspeople-w"),))

COPPELIA = Ballet("coppelia", "Coppélia", "Coppélia", 135, 0.85, MEDIUM, (
    R("swanilda", "Swanilda", "Swanilda", 1, "PS", W, L, "franz"),
    R("franz", "Franz", "Frantz", 1, "PS", M, L, "swanilda"),
    R('dawn', 'Dawn', "L'Aurore", 1, 'PS', W, S),
    R("prayer", "Prayer", "La Prière", 1, "PS", W, S),
    R("doll", "Coppélia (the doll)", "Coppélia (la poupée)", 1, "SC", W, S),
    R('friends', "Swanilda's friends", 'Amies de Swanilda', 6, 'SC', W, S),
    R("discord", "Discord and War", "La Discorde et la Guerre", 4, "SC", M, S),
    R("coppelius", "Dr Coppélius", "Le Docteur Coppélius", 1, "SC", M, CH),
    R("burgomaster", "Burgomaster", "Le Bourgmestre", 1, "SC", M, CH),
    R("hours", "The Hours", "Les Heures", 12, "C", W, C),
    R("czardas-w", "Czardas and Mazurka (women)", "Czardas et mazurka (danseuses)", 8, "C", W, C),
    R("czardas-m", "Czardas and Mazurka (men)", "Czardas et mazurka (danseurs)", 8, "C", M, C),
), (("czardas-w", "hours"),))

SLEEPING_BEAUTY = Ballet(
    "sleeping-beauty", "The Sleeping Beauty", "La Belle au bois dormant", 180, 0.92, BIG, (
    R("aurora", "Princess Aurora", "La Princesse Aurore", 1, "PS", W, L, "desire"),
    R("desire", "Prince Désiré", "Le Prince Désiré", 1, "PS", M, L, "aurora"),
    R("lilac", "Lilac Fairy", "La Fée des Lilas", 1, "PS", W, S),
    R('bluebird', 'Bluebird', "L'Oiseau bleu", 1, 'PS', M, S, 'florine'),
    R("florine", "Princess Florine", "La Princesse Florine", 1, "PS", W, S, "bluebird"),
    R("fairies", "Prologue fairies", "Les fées du prologue", 5, "S", W, S),
    R("suitors", "Four princes", "Les quatre princes", 4, "PS", M, S),
    R('cavaliers', "Fairies' cavaliers", 'Cavaliers des fées', 5, 'SC', M, S),
    R("puss", "Puss in Boots", "Le Chat botté", 1, "SC", M, S),
    R("white-cat", "White Cat", "La Chatte blanche", 1, "SC", W, S),
    R("carabosse", "Carabosse", "Carabosse", 1, "SC", W, CH),
    R("king", "King Florestan", "Le Roi Florestan", 1, "SC", M, CH),
    R("queen", "The Queen", "La Reine", 1, "SC", W, CH),
    R("catalabutte", "Catalabutte", "Catalabutte", 1, "SC", M, CH),
    R("lilac-attendants", "Lilac attendants", "Suivantes de la Fée des Lilas", 8, "C", W, C),
    R("garland-w", "Garland Waltz (women)", "Valse des guirlandes (danseuses)", 12, "C", W, C),
    R("garland-m", "Garland Waltz (men)", "Valse des guirlandes (danseurs)", 12, "C", M, C),
), (("garland-w", "lilac-attendants"),))

LA_SYLPHIDE = Ballet("la-sylphide", "La Sylphide", "La Sylphide", 105, 0.85, SMALL, (
    R("sylphide", "La Sylphide", "La Sylphide", 1, "PS", W, L, "james"),
    R("james", "James", "James", 1, "PS", M, L, "sylphide"),
    R("effie", "Effie", "Effie", 1, "PS", W, S),
    R("gurn", "Gurn", "Gurn", 1, "PS", M, S),
    R("madge", "Madge the witch", "Madge la sorcière", 1, "SC", W, CH),
    R("anna", "Anna", "Anna", 1, "SC", W, CH),
    R("sylphs", "Sylphs", "Les Sylphides", 16, "C", W, C),
    R("villagers-w", "Scottish villagers (women)", "Villageoises écossaises", 8, "C", W, C),
    R("villagers-m", "Scottish villagers (men)", "Villageois écossais", 8, "C", M, C),
), (("sylphs", "villagers-w"),))

# fmt: on

BALLETS: dict[str, Ballet] = {
    b.key: b
    for b in (
        SWAN_LAKE,
        GISELLE,
        NUTCRACKER,
        LA_BAYADERE,
        DON_QUIXOTE,
        COPPELIA,
        SLEEPING_BEAUTY,
        LA_SYLPHIDE,
    )
}
"""The eight classics by key, in a fixed order."""
