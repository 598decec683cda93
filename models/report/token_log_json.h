#pragma once

#include "report/token_log_report.h"

#include <QByteArray>

namespace engage {

// The report as one compact JSON object (engagectl report --format json), members in this
// order:
//   {"tokens","accepted","rejected","configured_mode",
//    "reasons":{REASON:N,...}            docs/jwt.md order, reasons met only
//    "hints":{HINT:N,...}                docs/jwt.md order, hints met only
//    "kids":[{"kid","configured","tokens","accepted","rejected","signature_valid",
//             "latest_exp","count_error"}]   configured keys first, then unknown kids
//    "tokens_without_kid","unknown_kid_tokens","unknown_kids_approximate",
//    "extra_values_keys":[{"key","mapped","tokens","count_error"}],"extra_values_keys_approximate",
//    "mapped_fields":[{"key","field","filled"}],
//    "lifetimes":{"measured","without_iat","exp_before_iat","min","median","max",
//                 "median_approximate","bands":[{"from","to","tokens"}]},
//    "conclusions":[TEXT,...],"canceled","bytes_read","error"}
// latest_exp, min, median, max, to and error are null when absent; count_error is how much an
// approximate count may be above the true one (0: exact). Each ends with a line break.
QByteArray tokenLogJson(const TokenLogSummary& summary);

} // namespace engage
