// The last search asked, kept while the window is open, so closing the panel and opening it again
// (Escape, then Ctrl+Shift+F) comes back to the same query, filters and results.
import { NO_FILTER_FIELDS, type SearchForm } from './search-request';

let remembered: SearchForm = { query: '', filters: NO_FILTER_FIELDS };

export function recallSearch(): SearchForm {
  return remembered;
}

export function rememberSearch(form: SearchForm): void {
  remembered = form;
}
