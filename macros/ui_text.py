"""The interface's own words in each language: theme notices, the screening tool's labels.

Legal content is never here: it lives in data/ (English) and data/i18n/ (translations).
"""

from __future__ import annotations

from .editions import DEFAULT_LANGUAGE, LANGUAGES
from .values import config
from .views import inline_json

UI: dict[str, dict[str, str]] = {
    "en": {
        "disclaimer_label": "Disclaimer",
        "disclaimer_strong": "Legal education, not legal advice.",
        "disclaimer_text": (
            "Immigration consequences turn on the exact record and the latest law. Talk to a "
            "criminal-immigration expert before pleading, filing or travelling."
        ),
        "disclaimer_link": "Why this matters",
        "reviewed_before": "Site content last reviewed",
        "reviewed_link": "How content is sourced and reviewed",
        "about_page": "about.html",
        "print_page": "Print",
        "in_english": "",
        "glossary_details": "Sources and details",
        # the screening outline (no JavaScript, print)
        "outline_intro": (
            "The whole screening tree, question by question. Each answer says where it leads and "
            "what it adds to the summary."
        ),
        "result_prefix": "Result: ",
        "adds": "Adds:",
        "outcomes_heading": "What each outcome means",
        "vehicles_to_explore": "Vehicles to explore",
        "relief_to_check": "Relief to check",
        "crimes_to_check": "Crime categories to check",
        "marijuana_risks": "Marijuana risks",
        "read": "Read",
        "gather": "Gather:",
        "expert_must_check": "An expert must check:",
        "each_jurisdiction": "Any other state, the District of Columbia or Puerto Rico",
        "state_vehicles": (
            "The chosen jurisdiction's vehicles that fit the custody and plea-or-trial answers, and its page"
        ),
        "jurisdiction_label": "State, district or territory",
        "jurisdiction_reason": "the jurisdiction you chose: every route, its deadline and the advisement rule",
        # the step-by-step widget (screening.js)
        "choose_answer": "Choose an answer to continue.",
        "back": "Back",
        "next": "Next",
        "start_over": "Start over",
        "answers_so_far": "Your answers so far",
        "notice": (
            "A screening aid, not legal advice. Your answers stay on this device, in this page only: "
            "nothing is sent or saved, and reloading the page clears them."
        ),
        "tool_label": "Screening tool",
        "question_of": "Question {asked} of about {total}",
        "started_over": "Started over. All answers cleared.",
        "change_answer": "Change your answer to: ",
        "change": "Change",
        "came_up_because": " — came up because: ",
        "print": "Print or save as PDF",
        "copy_text": "Copy as text",
        "copied": "Summary copied as text. It stays on your device until you paste it.",
        "copy_by_hand": "The browser did not allow copying: the text is selected in the box below, copy it by hand.",
        "screening_date": "Screening date: {date}. Legal education, not legal advice.",
        "expert_strong": "Talk to a criminal-immigration expert before filing or pleading anything.",
        "expert_text": (
            " This summary lists options to explore, not answers. An expert must read the actual court "
            "and immigration records."
        ),
        "section_vehicles": "Post-conviction vehicles worth exploring",
        "section_checks": "Immigration consequences to check",
        "section_why": "Why these came up",
        "section_gather": "Facts and documents to gather",
        "section_expert": "What an expert must still look at",
        "section_read": "Read next",
        "none_came_up": "None came up from these answers.",
        "checklist_hint": "Tick every answer that applies.",
        "details_hint": "Enter what you know and leave the rest blank.",
        "then": "Then",
        "choose_some": "Tick at least one answer (or Not sure) to continue.",
        "number_invalid": "Enter a whole number, 0 or more, or leave it blank.",
        "nothing_entered": "Nothing entered",
        "section_relief": "Relief forms, as the relief-bars rules read these answers",
        "relief_intro": (
            "Each form the answers point to, checked against its bar for every crime category ticked and "
            "its rules for any conviction, with the statute that decides."
        ),
        "relief_unknown_crimes": "The crime categories are not known yet: an expert must identify them",
        "section_dates": "Dates computed from the dates entered",
        "dates_caution": (
            "A computed date is a guide to check, not a deadline to rely on. Check the rule, any tolling "
            "and the court's calendar (a deadline on a weekend or holiday may move), and file well before it."
        ),
        "dates_none": "No date was entered that these rules count from.",
        "counted_from": "Counted from {fact}: {date}.",
        "deadline_left": "{date}: {days} days from today.",
        "deadline_today": "{date}: today.",
        "deadline_passed": "{date}: passed {days} days ago.",
        "milestone_reached": "Reached on {date}.",
        "milestone_ahead": "{date}, {days} days from today, unless something stops it first.",
        "milestone_stopped": "May have stopped on {stop} ({fact}), before it was reached on {date}.",
        "trigger_since": "Runs from {date}: {days} days ago.",
        "complete": "Screening complete",
        "complete_announcement": (
            "Screening complete: {vehicles} vehicles to explore and {checks} consequences or bars to check."
        ),
        # the relief-bars grid (bars.js)
        "client_legend": "My client",
        "client_intro": (
            "Tick the crime categories in the record, and give the facts asked for where you know them. "
            "The rows regroup by what they mean for this person. Nothing you enter leaves this page or is stored."
        ),
        "client_categories": "Crime categories in the record",
        "client_facts": "Facts that change the answer",
        "client_clear": "Clear",
        "client_column": "For my client",
        "client_status": "{barred} barred, {analysis} need analysis, {waivable} barred unless waived, {open} open.",
        "client_cleared": "Showing every relief form and crime category.",
        "fact_unknown": "Not sure",
        "fact_yes": "Yes",
        "fact_no": "No",
        "unit_days": "days; 1 year = 365",
        "unit_years": "years",
        "unit_count": "number",
        "depends_on": "depends on",
        "any_conviction": "rule for any conviction",
        "not_assessed": "not assessed",
        "close": "Close",
        "cell_details": "Cell details",
        # the comparison charts (charts.js)
        "chart_sort_by": "Sort by {column}",
        "chart_filter": "Filter the table",
        "chart_find": "Find in table",
        "chart_all": "All",
        "chart_showing": "Showing {shown} of {total} rows.",
        # webinar decks (macros/decks.py)
        "deck_open": "Slides",
        "deck_slides": "slides",
        "deck_title_slide": "Title slide",
        "deck_back": "Back to the page",
        "deck_continued": "(continued)",
        "deck_notes_hint": (
            "Press S to open the speaker view: these notes, a timer and the next slide. Model "
            "answers appear on the audience screen only when you move on to them."
        ),
        # the offline copy (macros/offline_copy.py)
        "offline_title": "The offline copy, for workshops",
        "offline_download": "Download the offline copy",
        "offline_facts": "zip, {size} MB, content of {date}. SHA-256: {sha}",
        "offline_inside": "You are reading the offline copy, with the content of {date}. It needs no internet.",
        "offline_preview": "The zip is made by a full build (make build); this preview has none.",
        "offline_howto": (
            "At a workshop: copy the zip to each computer, or to a USB stick, before the day. Unzip "
            "the whole folder (do not open pages from inside the zip) and double-click index.html. "
            "Search, the charts and the screening tool work with no internet, and nothing typed "
            "leaves the computer. The Spanish edition opens from es/index.html. Check the content "
            "date: the law changes, so fetch a new copy before each workshop."
        ),
    },
    "es": {
        "disclaimer_label": "Aviso legal",
        "disclaimer_strong": "Educación legal, no asesoría legal.",
        "disclaimer_text": (
            "Las consecuencias migratorias dependen de los papeles exactos del caso y de la ley más "
            "reciente. Hable con un experto en derecho penal e inmigración antes de declararse "
            "culpable, presentar algo o viajar."
        ),
        "disclaimer_link": "Por qué esto importa",
        "reviewed_before": "Contenido revisado por última vez el",
        "reviewed_link": "Cómo se revisa y de dónde viene el contenido",
        "about_page": "es/about.html",
        "print_page": "Imprimir",
        "in_english": "(en inglés)",
        "glossary_details": "Fuentes y detalles (en inglés)",
        "outline_intro": (
            "Todas las preguntas de la evaluación, una por una. Cada respuesta dice a dónde lleva y "
            "qué agrega al resumen."
        ),
        "result_prefix": "Resultado: ",
        "adds": "Agrega:",
        "outcomes_heading": "Qué significa cada resultado",
        "vehicles_to_explore": "Herramientas para explorar",
        "relief_to_check": "Alivios para revisar",
        "crimes_to_check": "Categorías de delitos para revisar",
        "marijuana_risks": "Riesgos de la marihuana",
        "read": "Lea",
        "gather": "Reúna:",
        "expert_must_check": "Un experto debe revisar:",
        "each_jurisdiction": "Cualquier otro estado, el Distrito de Columbia o Puerto Rico",
        "state_vehicles": (
            "Las herramientas de la jurisdicción elegida que corresponden a las respuestas sobre custodia "
            "y sobre declaración de culpabilidad o juicio, y su página"
        ),
        "jurisdiction_label": "Estado, distrito o territorio",
        "jurisdiction_reason": "la jurisdicción que eligió: cada vía, su plazo y la regla de advertencia",
        "choose_answer": "Elija una respuesta para seguir.",
        "back": "Atrás",
        "next": "Siguiente",
        "start_over": "Empezar de nuevo",
        "answers_so_far": "Sus respuestas hasta ahora",
        "notice": (
            "Una ayuda para evaluar, no asesoría legal. Sus respuestas se quedan en este aparato, solo "
            "en esta página: no se envían ni se guardan, y se borran al recargar la página."
        ),
        "tool_label": "Herramienta de evaluación",
        "question_of": "Pregunta {asked} de unas {total}",
        "started_over": "Empezó de nuevo. Se borraron todas las respuestas.",
        "change_answer": "Cambiar su respuesta a: ",
        "change": "Cambiar",
        "came_up_because": " — apareció por: ",
        "print": "Imprimir o guardar como PDF",
        "copy_text": "Copiar como texto",
        "copied": "Resumen copiado como texto. Se queda en su dispositivo hasta que lo pegue.",
        "copy_by_hand": (
            "El navegador no permitió copiar: el texto está seleccionado en el cuadro de abajo, cópielo a mano."
        ),
        "screening_date": "Fecha de la evaluación: {date}. Educación legal, no asesoría legal.",
        "expert_strong": (
            "Hable con un experto en derecho penal e inmigración antes de presentar algo o de declararse culpable."
        ),
        "expert_text": (
            " Este resumen muestra opciones para explorar, no respuestas. Un experto tiene que leer los "
            "papeles reales del tribunal y de inmigración."
        ),
        "section_vehicles": "Herramientas posteriores a la condena para explorar (en inglés)",
        "section_checks": "Consecuencias migratorias para revisar (en inglés)",
        "section_why": "Por qué aparecieron",
        "section_gather": "Datos y documentos para reunir",
        "section_expert": "Lo que un experto todavía debe revisar",
        "section_read": "Lea después",
        "none_came_up": "Ninguna apareció con estas respuestas.",
        "checklist_hint": "Marque todas las respuestas que correspondan.",
        "details_hint": "Escriba lo que sepa y deje lo demás en blanco.",
        "then": "Luego",
        "choose_some": "Marque al menos una respuesta (o No sé) para seguir.",
        "number_invalid": "Escriba un número entero, 0 o más, o déjelo en blanco.",
        "nothing_entered": "No escribió nada",
        "section_relief": "Alivios, según las reglas de impedimentos para estas respuestas (en inglés)",
        "relief_intro": (
            "Cada alivio al que llevan las respuestas, revisado con su impedimento para cada categoría de "
            "delito marcada y con sus reglas para toda condena, con la ley que decide."
        ),
        "relief_unknown_crimes": "Todavía no se saben las categorías de delitos: un experto debe identificarlas",
        "section_dates": "Fechas calculadas con las fechas que escribió",
        "dates_caution": (
            "Una fecha calculada es una guía para revisar, no un plazo en el que confiar. Revise la regla, "
            "cualquier suspensión del plazo y el calendario del tribunal (un plazo que cae en fin de semana "
            "o feriado puede cambiar), y presente mucho antes."
        ),
        "dates_none": "No escribió ninguna fecha desde la que cuenten estas reglas.",
        "counted_from": "Contado desde {fact}: {date}.",
        "deadline_left": "{date}: faltan {days} días.",
        "deadline_today": "{date}: hoy.",
        "deadline_passed": "{date}: pasó hace {days} días.",
        "milestone_reached": "Se cumplió el {date}.",
        "milestone_ahead": "{date}, dentro de {days} días, salvo que algo lo detenga antes.",
        "milestone_stopped": "Puede haberse detenido el {stop} ({fact}), antes de cumplirse el {date}.",
        "trigger_since": "Corre desde el {date}: hace {days} días.",
        "complete": "Evaluación terminada",
        "complete_announcement": (
            "Evaluación terminada: {vehicles} herramientas para explorar y {checks} consecuencias o "
            "impedimentos para revisar."
        ),
        "client_legend": "Mi cliente",
        "client_intro": (
            "Marque las categorías de delitos del expediente y, si los sabe, los datos que se piden. Las "
            "filas se reagrupan según lo que significan para esta persona. Nada de lo que escribe sale de "
            "esta página ni se guarda."
        ),
        "client_categories": "Categorías de delitos del expediente",
        "client_facts": "Datos que cambian la respuesta",
        "client_clear": "Borrar",
        "client_column": "Para mi cliente",
        "client_status": (
            "{barred} impedidos, {analysis} necesitan análisis, {waivable} impedidos salvo perdón, {open} abiertos."
        ),
        "client_cleared": "Se muestran todos los alivios y todas las categorías.",
        "fact_unknown": "No sé",
        "fact_yes": "Sí",
        "fact_no": "No",
        "unit_days": "días; 1 año = 365",
        "unit_years": "años",
        "unit_count": "número",
        "depends_on": "depende de",
        "any_conviction": "regla para toda condena",
        "not_assessed": "sin evaluar",
        "close": "Cerrar",
        "cell_details": "Detalles de la casilla",
        "chart_sort_by": "Ordenar por {column}",
        "chart_filter": "Filtrar la tabla",
        "chart_find": "Buscar en la tabla",
        "chart_all": "Todos",
        "chart_showing": "Se muestran {shown} de {total} filas.",
        "deck_open": "Diapositivas",
        "deck_slides": "diapositivas",
        "deck_title_slide": "Diapositiva de título",
        "deck_back": "Volver a la página",
        "deck_continued": "(continuación)",
        "deck_notes_hint": (
            "Pulse S para abrir la vista del presentador: estas notas, un reloj y la diapositiva "
            "siguiente. Las respuestas aparecen en la pantalla del público solo cuando usted avanza."
        ),
        "offline_title": "La copia sin internet, para talleres",
        "offline_download": "Descargar la copia sin internet",
        "offline_facts": "zip, {size} MB, contenido del {date}. SHA-256: {sha}",
        "offline_inside": "Está leyendo la copia sin internet, con el contenido del {date}. No necesita internet.",
        "offline_preview": "El zip se crea con la compilación completa (make build); esta vista previa no lo tiene.",
        "offline_howto": (
            "En un taller: copie el zip en cada computadora, o en una memoria USB, antes del día. "
            "Descomprima toda la carpeta (no abra las páginas desde dentro del zip) y haga doble clic "
            "en index.html. La búsqueda, las tablas y la herramienta de evaluación funcionan sin "
            "internet, y nada de lo que se escribe sale de la computadora. La edición en español se "
            "abre desde es/index.html. Revise la fecha del contenido: la ley cambia, así que descargue "
            "una copia nueva antes de cada taller."
        ),
    },
}


def ui_text(language: str) -> dict[str, str]:
    """The interface words of ``language``."""
    return UI[language]


def ui_problems() -> list[str]:
    """Every edition has every interface word: a missing one would show as empty text."""
    found = []
    for language in LANGUAGES:
        words = UI.get(language, {})
        missing = [key for key in UI[DEFAULT_LANGUAGE] if key not in words]
        extra = [key for key in words if key not in UI[DEFAULT_LANGUAGE]]
        where = f"macros/ui_text.py: UI[{language!r}]"
        if missing:
            found.append(f"{where}: expected every interface word, missing {', '.join(missing)}")
        if extra:
            found.append(f"{where}: expected only the English keys, got {', '.join(extra)}")
    return found


# The value sets a browser script reads (bars.js and screening.js: a cell's effect, a relief form's
# verdict, the unverified marker). The
# others are rendered into the HTML by the build, so pages do not carry them.
SCRIPT_VALUE_SETS = ("effect", "verdict", "marker")


def page_config(language: str) -> str:
    """The one configuration object for the page's scripts (#pcr-config): the edition's
    interface words and the labels, icons and tones of the value sets scripts read. A page
    with none of those scripts drops it (page_scripts)."""
    sets = config(language)
    return inline_json({"lang": language, "ui": ui_text(language), "values": {n: sets[n] for n in SCRIPT_VALUE_SETS}})
