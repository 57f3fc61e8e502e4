// A stylesheet imported by a view under test: the browser build bundles it; in jest it is nothing.
module.exports = {};
