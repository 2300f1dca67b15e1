// System.Threading (an implicit using) also has a ThreadState; ours is the state model's thread level.
global using ThreadState = Kaa.Runtime.State.ThreadState;
