"""Every value set the data uses, declared once: each value's label in each edition, its icon,
its tone and what it means.

The models take their allowed values from here; templates, charts, CSS classes (by tone) and the
browser scripts (through the page's configuration object) read the same declaration, so adding a
value, or a language, is done in this one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .editions import DEFAULT_LANGUAGE, LANGUAGES

TONES = ("good", "bad", "mixed", "analysis", "quiet", "neutral")  # the CSS classes pcr-tone--<tone>


@dataclass(frozen=True)
class Value:
    label: dict[str, str]
    icon: str = ""
    tone: str = "neutral"
    meaning: dict[str, str] = field(default_factory=dict)


def _v(en: str, es: str, icon: str = "", tone: str = "neutral", meaning: tuple[str, str] | None = None) -> Value:
    return Value({"en": en, "es": es}, icon, tone, {"en": meaning[0], "es": meaning[1]} if meaning else {})


VALUE_SETS: dict[str, dict[str, Value]] = {
    "change": {
        "vacates": _v("Vacates", "Anula"),
        "reduces": _v("Reduces the offence", "Reduce el delito"),
        "modifies-sentence": _v("Modifies the sentence", "Modifica la sentencia"),
        "clears-record": _v("Clears the record", "Limpia el historial"),
        "pardons": _v("Pardons", "Indulta"),
        "avoids-conviction": _v("Avoids a conviction", "Evita una condena"),
    },
    "reaches": {
        "pleas-only": _v("Only a conviction by plea", "Solo una condena por declaración de culpabilidad"),
    },
    "custody": {
        "must-be-in-custody": _v("Must be in custody", "Debe estar bajo custodia"),
        "must-be-out-of-custody": _v("Must be out of custody", "Debe estar fuera de custodia"),
        "either": _v("In or out of custody", "Bajo custodia o fuera de ella"),
    },
    "effect": {
        # immigration effect of a vehicle's result
        "effective": _v(
            "Effective",
            "Eficaz",
            "✔",
            "good",
            (
                "Immigration authorities should give the result effect.",
                "Las autoridades de inmigración deberían darle efecto al resultado.",
            ),
        ),
        "not-effective": _v(
            "Not effective",
            "No eficaz",
            "✘",
            "bad",
            (
                "Immigration authorities generally ignore the result.",
                "Las autoridades de inmigración en general no toman en cuenta el resultado.",
            ),
        ),
        "depends": _v(
            "Depends",
            "Depende",
            "◐",
            "mixed",
            ("Turns on the reason for the order or other facts.", "Depende del motivo de la orden o de otros hechos."),
        ),
        # effect of a crime category on a relief form, in order of severity
        "bar": _v(
            "Bar",
            "Impedimento",
            "✘",
            "bad",
            ("The conviction or conduct bars this relief.", "La condena o la conducta impide este alivio."),
        ),
        "waivable": _v(
            "Waivable",
            "Perdonable",
            "⚑",
            "mixed",
            ("A bar, but a waiver may be available.", "Es un impedimento, pero puede haber un perdón."),
        ),
        "case-by-case": _v(
            "Needs analysis",
            "Requiere análisis",
            "?",
            "analysis",
            (
                "An adjudicator decides case by case, or the law is unsettled: an expert must look.",
                "Un juez u oficial decide caso por caso, o la ley no está resuelta: un experto debe revisarlo.",
            ),
        ),
        "discretionary": _v(
            "Discretionary factor",
            "Factor discrecional",
            "◐",
            "quiet",
            (
                "Not a bar, but weighs against the person in discretion.",
                "No es un impedimento, pero pesa en contra de la persona en la decisión discrecional.",
            ),
        ),
        "no-bar": _v(
            "No bar",
            "Sin impedimento",
            "✔",
            "good",
            ("Not a bar to this relief as such.", "No es, en sí, un impedimento para este alivio."),
        ),
    },
    "court": {
        "us-supreme-court": _v("U.S. Supreme Court", "Corte Suprema de EE. UU."),
        "attorney-general": _v("Attorney General", "Fiscal General"),
        "bia": _v("Board of Immigration Appeals", "Junta de Apelaciones de Inmigración"),
        "first-circuit": _v("1st Cir.", "Circuito 1"),
        "second-circuit": _v("2d Cir.", "Circuito 2"),
        "third-circuit": _v("3d Cir.", "Circuito 3"),
        "fourth-circuit": _v("4th Cir.", "Circuito 4"),
        "fifth-circuit": _v("5th Cir.", "Circuito 5"),
        "sixth-circuit": _v("6th Cir.", "Circuito 6"),
        "seventh-circuit": _v("7th Cir.", "Circuito 7"),
        "eighth-circuit": _v("8th Cir.", "Circuito 8"),
        "ninth-circuit": _v("9th Cir.", "Circuito 9"),
        "tenth-circuit": _v("10th Cir.", "Circuito 10"),
        "eleventh-circuit": _v("11th Cir.", "Circuito 11"),
        "california-supreme-court": _v("California Supreme Court", "Corte Suprema de California"),
        "california-court-of-appeal": _v("California Court of Appeal", "Corte de Apelaciones de California"),
        "new-york-court-of-appeals": _v("New York Court of Appeals", "Corte de Apelaciones de Nueva York"),
        "other-state-court": _v("Other state court", "Otro tribunal estatal"),
    },
    "case-status": {
        "good-law": _v("Good law", "Vigente", "✔", "good", ("Still followed.", "Se sigue aplicando.")),
        "limited": _v(
            "Limited",
            "Limitado",
            "◐",
            "mixed",
            (
                "Narrowed by a later decision, rule or statute.",
                "Una decisión, regla o ley posterior lo restringió.",
            ),
        ),
        "overruled": _v(
            "Overruled", "Revocado", "✘", "bad", ("Overruled by a later decision.", "Una decisión posterior lo revocó.")
        ),
        "abrogated": _v(
            "Abrogated",
            "Derogado",
            "✘",
            "bad",
            (
                "Displaced by a later higher-court decision.",
                "Lo desplazó una decisión posterior de un tribunal superior.",
            ),
        ),
        "superseded": _v(
            "Superseded",
            "Reemplazado",
            "✘",
            "bad",
            ("Replaced by a later statute or rule.", "Lo reemplazó una ley o regla posterior."),
        ),
    },
    "ground-type": {
        "inadmissibility": _v("Inadmissibility", "Inadmisibilidad"),
        "deportability": _v("Deportability", "Deportabilidad"),
        "definition": _v("Definition", "Definición"),
        "relief-bar": _v("Bar to relief", "Impedimento para un alivio"),
    },
    "answer": {
        "yes": _v("Yes", "Sí", "●", meaning=("This consequence applies.", "Esta consecuencia aplica.")),
        "no": _v("No", "No", "○", meaning=("This consequence does not apply.", "Esta consecuencia no aplica.")),
        "depends": _v(
            "Depends",
            "Depende",
            "◐",
            "mixed",
            ("It turns on the facts or the record.", "Depende de los hechos o del expediente."),
        ),
    },
    "consequence": {
        "inadmissibility": _v("Inadmissibility", "Inadmisibilidad"),
        "deportability": _v("Deportability", "Deportabilidad"),
        "good_moral_character": _v("Good moral character bar", "Impedimento de buena conducta moral"),
        "waiver": _v("Waiver available", "Hay perdón disponible"),
    },
    "relief-group": {
        "removal-defense": _v("Defences in removal proceedings", "Defensas en el proceso de deportación"),
        "protection": _v("Protection from persecution and torture", "Protección contra la persecución y la tortura"),
        "status": _v("Permanent residence and citizenship", "Residencia permanente y ciudadanía"),
        "victims": _v("Victims, witnesses and children", "Víctimas, testigos y menores"),
        "temporary": _v("Temporary status and waivers", "Estatus temporal y perdones"),
    },
    # what a decision is about (cases.topics)
    "topic": {
        "adjustment-of-status": _v("Adjustment of status", "Ajuste de estatus"),
        "admission": _v("Admission", "Admisión"),
        "advisement": _v("Court advisement", "Advertencia del tribunal"),
        "aggravated-felony": _v("Aggravated felony", "Delito grave agravado"),
        "appeals": _v("Appeals", "Apelaciones"),
        "asylee-adjustment": _v("Asylee adjustment", "Ajuste de asilados"),
        "burden-of-proof": _v("Burden of proof", "Carga de la prueba"),
        "california": _v("California", "California"),
        "cancellation-of-removal": _v("Cancellation of removal", "Cancelación de deportación"),
        "categorical-approach": _v("Categorical approach", "Enfoque categórico"),
        "cimt": _v("Crime involving moral turpitude", "Delito de vileza moral"),
        "confinement": _v("Confinement", "Reclusión"),
        "continuance": _v("Continuance", "Aplazamiento"),
        "continuous-physical-presence": _v("Continuous physical presence", "Presencia física continua"),
        "controlled-substance": _v("Controlled substances", "Sustancias controladas"),
        "conviction-definition": _v("What counts as a conviction", "Qué cuenta como condena"),
        "crime-of-violence": _v("Crime of violence", "Delito de violencia"),
        "diligence": _v("Diligence", "Diligencia"),
        "direct-appeal": _v("Direct appeal", "Apelación directa"),
        "discretion": _v("Discretion", "Discrecionalidad"),
        "diversion": _v("Diversion", "Desvío"),
        "domestic-violence": _v("Domestic violence", "Violencia doméstica"),
        "drug-trafficking": _v("Drug trafficking", "Tráfico de drogas"),
        "dui": _v("Driving under the influence", "Manejar bajo los efectos"),
        "equal-protection": _v("Equal protection", "Igualdad ante la ley"),
        "expungement": _v("Expungement", "Eliminación de antecedentes"),
        "ffoa": _v("Federal First Offender Act", "Ley federal de primeros delincuentes"),
        "finality": _v("Finality", "Firmeza"),
        "former-212c": _v("Former 212(c)", "Antiguo 212(c)"),
        "gambling": _v("Gambling", "Juego"),
        "good-moral-character": _v("Good moral character", "Buena conducta moral"),
        "habitual-drunkard": _v("Habitual drunkard", "Ebrio habitual"),
        "immigration-court-jurisdiction": _v(
            "Immigration court jurisdiction", "Competencia del tribunal de inmigración"
        ),
        "immigration-court-procedure": _v(
            "Immigration court procedure", "Procedimiento ante el tribunal de inmigración"
        ),
        "immigration-judge-jurisdiction": _v("Immigration judge jurisdiction", "Competencia del juez de inmigración"),
        "inadmissibility": _v("Inadmissibility", "Inadmisibilidad"),
        "ineffective-assistance": _v("Ineffective assistance of counsel", "Asistencia ineficaz del abogado"),
        "marijuana": _v("Marijuana", "Marihuana"),
        "motion-to-reopen": _v("Motion to reopen", "Moción para reabrir"),
        "murder": _v("Murder", "Asesinato"),
        "nacara": _v("NACARA", "NACARA"),
        "nonimmigrant-waiver": _v("Nonimmigrant waiver", "Perdón para no inmigrantes"),
        "pardon": _v("Pardon", "Indulto"),
        "particularly-serious-crime": _v("Particularly serious crime", "Delito particularmente grave"),
        "pc-1016-5": _v("Penal Code 1016.5", "Código Penal 1016.5"),
        "pc-1473-7": _v("Penal Code 1473.7", "Código Penal 1473.7"),
        "pc-18-5": _v("Penal Code 18.5", "Código Penal 18.5"),
        "petty-offense-exception": _v("Petty offense exception", "Excepción por delito menor"),
        "pickering-test": _v("The Pickering test", "La prueba de Pickering"),
        "plea-withdrawal": _v("Plea withdrawal", "Retiro de la declaración de culpabilidad"),
        "possible-sentence": _v("Possible sentence", "Pena posible"),
        "prejudice": _v("Prejudice", "Perjuicio"),
        "readjustment": _v("Readjustment", "Nuevo ajuste"),
        "refugee-adjustment": _v("Refugee adjustment", "Ajuste de refugiados"),
        "rehabilitative-relief": _v("Rehabilitative relief", "Alivio de rehabilitación"),
        "relief-eligibility": _v("Eligibility for relief", "Elegibilidad para un alivio"),
        "removal-proceedings": _v("Removal proceedings", "Proceso de deportación"),
        "retroactivity": _v("Retroactivity", "Retroactividad"),
        "sentence": _v("Sentence", "Sentencia"),
        "sentence-modification": _v("Sentence modification", "Modificación de la sentencia"),
        "sijs": _v("Special Immigrant Juvenile Status", "Estatus de Inmigrante Juvenil Especial"),
        "smuggling": _v("Alien smuggling", "Tráfico de personas"),
        "special-rule-cancellation": _v("Special rule cancellation", "Cancelación por regla especial"),
        "stop-time-rule": _v("Stop-time rule", "Regla de interrupción del plazo"),
        "suspension-of-deportation": _v("Suspension of deportation", "Suspensión de la deportación"),
        "termination-of-asylum": _v("Termination of asylum", "Terminación del asilo"),
        "thirty-gram-exception": _v("The 30-gram exception", "La excepción de 30 gramos"),
        "u-visa": _v("U visa", "Visa U"),
        "vacatur": _v("Vacatur", "Anulación"),
        "vawa": _v("VAWA", "VAWA"),
        "violent-or-dangerous-crime": _v("Violent or dangerous crime", "Delito violento o peligroso"),
        "voluntary-departure": _v("Voluntary departure", "Salida voluntaria"),
        "waiver-209c": _v("209(c) waiver", "Perdón 209(c)"),
        "waiver-212d3": _v("212(d)(3) waiver", "Perdón 212(d)(3)"),
        "waiver-212h": _v("212(h) waiver", "Perdón 212(h)"),
        "withholding-of-removal": _v("Withholding of removal", "Suspensión de la deportación (withholding)"),
    },
    # where a relief form stands for one person's record (the chart's "My client")
    "verdict": {
        "barred": _v("Barred", "Impedido", "✘", "bad"),
        "analysis": _v("Needs analysis", "Requiere análisis", "?", "analysis"),
        "waivable": _v("Barred unless waived", "Impedido salvo perdón", "⚑", "mixed"),
        "open": _v("Open", "Abierto", "✔", "good"),
    },
    "jurisdiction-level": {
        "state": _v("State", "Estado"),
        "district": _v("Federal district", "Distrito federal"),
        "territory": _v("Territory", "Territorio"),
        "federal": _v("Federal courts", "Tribunales federales"),
    },
    "route": {
        "post-conviction": _v("Post-conviction petition", "Petición posterior a la condena"),
        "coram-nobis": _v("Coram nobis", "Coram nobis"),
        "plea-withdrawal": _v("Plea withdrawal", "Retiro de la declaración de culpabilidad"),
        "advisement-vacatur": _v("Advisement vacatur", "Anulación por falta de advertencia"),
        "habeas": _v("Habeas corpus", "Hábeas corpus"),
        "other": _v("Other", "Otro"),
    },
    "advisement-rule": {
        "statute": _v(
            "Statute",
            "Ley",
            "§",
            "good",
            (
                "A statute requires the court to warn of immigration consequences before a plea.",
                "Una ley obliga al tribunal a advertir de las consecuencias migratorias antes de la declaración.",
            ),
        ),
        "court-rule": _v(
            "Court rule",
            "Regla judicial",
            "¶",
            "good",
            (
                "A court rule, not a statute, requires the warning.",
                "Una regla del tribunal, no una ley, exige la advertencia.",
            ),
        ),
        "none-found": _v(
            "None found",
            "No se encontró",
            "–",
            "quiet",
            (
                "No statute or court rule requiring the warning was found; the page says what was searched.",
                "No se encontró ley ni regla que exija la advertencia; la página dice qué se buscó.",
            ),
        ),
    },
    # Derived from the data, for the national chart and the map (no authored field holds them).
    "vacatur-route": {
        "listed": _v(
            "Vacatur motion",
            "Moción para anular",
            "✔",
            "good",
            (
                "The jurisdiction's routes include a motion to vacate a plea taken without the warning.",
                "Entre sus vías hay una moción para anular una declaración hecha sin la advertencia.",
            ),
        ),
        "none-listed": _v(
            "None listed",
            "Ninguna",
            "–",
            "quiet",
            (
                "No route for vacating a plea for a missing warning is listed on its page.",
                "Su página no menciona una vía para anular una declaración por falta de advertencia.",
            ),
        ),
    },
    "coverage": {
        "two-or-more": _v(
            "2 or more",
            "2 o más",
            "●",
            "good",
            ("Two or more of its vehicles have full pages.", "Dos o más de sus herramientas tienen página completa."),
        ),
        "one": _v(
            "1",
            "1",
            "◐",
            "mixed",
            ("One of its vehicles has a full page.", "Una de sus herramientas tiene página completa."),
        ),
        "none": _v(
            "None yet",
            "Ninguna aún",
            "○",
            "quiet",
            (
                "No vehicle page yet: its page lists the routes.",
                "Aún no hay páginas de herramientas: su página enumera las vías.",
            ),
        ),
    },
    "marker": {
        "not-assessed": _v("Not assessed", "Sin evaluar", "·", "neutral"),
        "unverified": _v("Unverified", "Sin verificar", "⚠", "mixed"),
        "reviewed": _v("Reviewed", "Revisado", "", "neutral"),
    },
}
IMMIGRATION_EFFECTS = ("effective", "not-effective", "depends")
BAR_EFFECTS = ("bar", "waivable", "case-by-case", "discretionary", "no-bar")  # severity order
# Which value set an authored field draws on (the field name is what templates and charts know).
FIELD_SETS = {
    "changes": "change",
    "rule": "custody",
    "effect": "effect",
    "court": "court",
    "state": "case-status",
    "type": "ground-type",
    "answer": "answer",
    "group": "relief-group",
    "topics": "topic",
    "level": "jurisdiction-level",
    "route": "route",
    "rule_type": "advisement-rule",
    "reaches": "reaches",
    "vacatur_route": "vacatur-route",  # derived: the national chart and the map
    "coverage": "coverage",  # derived: the national chart and the map
}


def keys(name: str) -> tuple[str, ...]:
    return tuple(VALUE_SETS[name])


def labels(name: str, language: str = DEFAULT_LANGUAGE, only: tuple[str, ...] | None = None) -> dict[str, str]:
    """{value: label} of a set in ``language``, optionally only some of its values, in their order."""
    values = VALUE_SETS[name]
    return {key: values[key].label[language] for key in (only or values)}


def value(name: str, key: str) -> Value:
    return VALUE_SETS[name][key]


def config(language: str) -> dict[str, dict[str, dict[str, str]]]:
    """What the browser scripts need of every set, in one language: label, icon and tone."""
    return {
        name: {k: {"label": v.label[language], "icon": v.icon, "tone": v.tone} for k, v in values.items()}
        for name, values in VALUE_SETS.items()
    }


def problems() -> list[str]:
    """Every value has a label in every edition, a meaning in every edition or none, and a known tone."""
    found = []
    for name, values in VALUE_SETS.items():
        for key, v in values.items():
            missing = [lang for lang in LANGUAGES if not v.label.get(lang)]
            if missing:
                found.append(f"macros/values.py: {name}[{key}].label: expected a label in {', '.join(missing)}")
            if v.meaning and set(v.meaning) != set(LANGUAGES):
                found.append(f"macros/values.py: {name}[{key}].meaning: expected a meaning in every edition")
            if v.tone not in TONES:
                tones = ", ".join(TONES)
                found.append(f"macros/values.py: {name}[{key}].tone: expected one of {tones}, got {v.tone!r}")
    return found
