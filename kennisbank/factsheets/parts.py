"""Which content a factsheet is composed from: kinds and ids, in one place.

The factsheet copies no text: it reads these items from content/ at build time. When an item is not
there (yet), its part of the factsheet is left out and `kennisbank factsheets` says which one is
missing; nothing is filled in instead.
"""

from __future__ import annotations

# What IVH is: the glossary term, and the first passages of the municipalities' page.
TERM_IVH = ("begrip", "ivh")
AUDIENCE = ("doelgroeppagina", "gemeenten")
AUDIENCE_SECTION_BENEFITS = "wat-ivh-oplevert"
BENEFIT_PASSAGES = 2  # how many passages of that section fit on the factsheet
AUDIENCE_SECTION_FINANCING = "inkoop-en-financiering"
AUDIENCE_SECTION_MORE = "meer-weten"

# Key figures (kind kerncijfer) used for the estimate, and the business-case figures, by id.
FIGURE_KIND = "kerncijfer"
FIGURE_SHARE_OF_CHILDREN = "aandeel-doelgroep"  # about 1% of 0–7-year-olds
FIGURE_PER_INHABITANTS = "kinderen-per-100000-inwoners"  # about 73 per 100.000 inhabitants
FIGURE_CHILDREN_NL = "kinderen-doelgroep"  # about 14.000 children in the Netherlands
BUSINESS_CASE_FIGURES = (
    "opbrengst-per-euro-gouda",
    "investering-mee-2010",
    "baten-mee-2010",
    "opbrengst-zuid-limburg",
    "duur-begeleiding",
    "uren-per-traject",
)

# Quality criteria to put in agreements: the criteria of the young-child quality framework that build on
# the step plan's criteria for IVH agreements (field stappenplan_criteria), in the framework's order.
THEME_KIND = "kwaliteitsthema"
CRITERION_KIND = "criterium"

# The online pages a reader is pointed to (kind, id), in this order, when they exist.
MORE_PAGES = (
    ("doelgroeppagina", "gemeenten"),
    ("implementatierichtlijn", "implementatie"),
    ("kwaliteitskader", "kwaliteitskader"),
)
