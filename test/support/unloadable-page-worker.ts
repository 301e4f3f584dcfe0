/** A page worker whose code cannot load: it throws before it can serve a page. */
throw new Error('this worker cannot load');
