#pragma once
// Reading SemEval ABSA XML once pugixml has parsed it: 2016 sentence level (SB1) and review
// level (SB2), 2015 (same layout as 2016 SB1) and 2014 (<aspectTerms> / <aspectCategories>).
#include <pugixml.hpp>

#include "corpus/corpus.h"
#include "corpus/importcontext.h"
#include "corpus/semevalxmlrepair.h"

namespace mizan::detail {

// Reads one root element into `out`: <Reviews> (2015/2016) or <sentences> (2014). Elements
// and text where they do not belong are reported and skipped, never dropped silently.
void readSemEvalRoot(pugi::xml_node root, ImportContext &ctx, const XmlPositions &positions, Corpus &out);

} // namespace mizan::detail
