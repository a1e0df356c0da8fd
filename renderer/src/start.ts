// The first script the window runs, on its own and before the app's code has loaded: it asks for what the first screen
// shows (the case list's first rows), so the answer is here by the time the app draws.
import { askFirstCaseRows } from './features/cases/first-case-rows';

askFirstCaseRows();
