/** The strategy library, exercises with typed prompts, and (next) homework assignments and responses. */
@NullMarked
package app.dyad.exercises;

import org.jspecify.annotations.NullMarked;
