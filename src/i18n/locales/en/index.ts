// The English UI strings, one module (and one chunk in the build: loaded when the language is used).
import common from './common.json';
import analyst from './analyst.json';
import learn from './learn.json';
import problems from './problems.json';
import io from './io.json';

export default { common, analyst, learn, problems, io };
