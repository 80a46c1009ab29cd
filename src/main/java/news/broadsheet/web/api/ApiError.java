package news.broadsheet.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every JSON API error; {@code field} is left out when no one field is at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String field, String message) {}
