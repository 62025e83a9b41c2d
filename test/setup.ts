/** Jest setup: nothing global by default. Tests that need the Office CustomFunctions runtime install it themselves. */
export {};
